// LD_PRELOAD library: prints the monotonic time at which the process's
// constructors ran and at which its exit handlers run (see lifetime.py).
//   gcc -O2 -shared -fPIC -o build/tmp/lifetime.so src/doc/prustc/perf/2026-11-27-serial-remainder/lifetime.c
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static double t0; static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
static void fin(void){ fprintf(stderr,"life: ctor->atexit %.3f s, ctor at %.6f, atexit at %.6f\n",now()-t0,t0,now());}
__attribute__((constructor)) static void init(void){ t0=now(); atexit(fin);}
