#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <sys/mman.h>
static double now(){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec*1e3+t.tv_nsec/1e6;}
static long vmstat(const char*k){FILE*f=fopen("/proc/vmstat","r");char n[128];long v;long r=-1;while(fscanf(f,"%127s %ld",n,&v)==2)if(!strcmp(n,k))r=v;fclose(f);return r;}
int main(int argc,char**argv){
  size_t n=80000000; int huge=atoi(argv[1]); int gapms=atoi(argv[2]); int mode=argc>3?atoi(argv[3]):0;
  for(int i=0;i<8;i++){
    long t0f=vmstat("thp_fault_alloc");
    double t0=now();
    char*p;
    if(mode==0){p=mmap(0,n,PROT_READ|PROT_WRITE,MAP_PRIVATE|MAP_ANONYMOUS,-1,0);}
    else {p=malloc(n);}
    if(huge) madvise((void*)(((size_t)p+4095)&~4095UL), n-4096, MADV_HUGEPAGE);
    memset(p,1,n);
    double t1=now();
    printf("iter %d: %.1f ms thp_faults %ld\n",i,t1-t0,vmstat("thp_fault_alloc")-t0f);
    if(mode==0)munmap(p,n);else free(p);
    if(gapms)usleep(gapms*1000);
  }
}
