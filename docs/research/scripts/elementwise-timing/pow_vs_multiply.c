#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec*1e3+t.tv_nsec/1e6;}
int main(int c, char**v){ size_t n=10000000; double*a=malloc(n*8),*o=malloc(n*8); volatile double e=2.0;
 for(size_t i=0;i<n;i++){a[i]=rand()%8;o[i]=0;}
 for(int r=0;r<3;r++){double t=now(); double ee=e; for(size_t i=0;i<n;i++)o[i]=pow(a[i],ee); double t1=now(); for(size_t i=0;i<n;i++)o[i]=a[i]*a[i]; printf("pow %.1f ms, mul %.1f ms\n",t1-t,now()-t1);} return o[5]>100;}
