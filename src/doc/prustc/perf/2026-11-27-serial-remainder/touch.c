// Touches N MiB of fresh anonymous memory from T threads, each its own share,
// with or without MADV_HUGEPAGE, and prints the wall time: what the first
// touch of memory costs, after a pause (cold) or at once after another run.
//   gcc -O2 -o touch touch.c -lpthread
//   sleep 4; ./touch 256 1 1; ./touch 256 1 1     # cold, then warm
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
static size_t per; static int huge;
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
static void* run(void*a){ (void)a; char*p=mmap(0,per,PROT_READ|PROT_WRITE,MAP_PRIVATE|MAP_ANONYMOUS,-1,0);
 if(huge) madvise(p,per,MADV_HUGEPAGE); for(size_t i=0;i<per;i+=4096)p[i]=1; return p;}
int main(int c,char**v){ size_t mib=atoi(v[1]); int t=atoi(v[2]); huge=atoi(v[3]); per=(mib<<20)/t;
 pthread_t th[16]; double s=now(); for(int i=0;i<t;i++)pthread_create(&th[i],0,run,0); for(int i=0;i<t;i++)pthread_join(th[i],0);
 printf("%zu MiB %d threads huge=%d: %.3f s\n",mib,t,huge,now()-s); return 0;}
