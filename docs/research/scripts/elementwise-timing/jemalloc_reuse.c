#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <jemalloc/jemalloc.h>
static long flt(){struct rusage r;getrusage(RUSAGE_SELF,&r);return r.ru_minflt;}
int main(int argc,char**argv){
  unsigned ai; size_t sz=sizeof(ai); mallctl("thread.arena",&ai,&sz,NULL,0);
  char name[64]; snprintf(name,64,"arena.%u.dirty_decay_ms",ai); ssize_t d=-1;
  if(atoi(argv[3])) printf("set %s -> %d\n",name,mallctl(name,NULL,NULL,&d,sizeof(d)));
  size_t ot; sz=sizeof(ot); mallctl("opt.oversize_threshold",&ot,&sz,NULL,0); printf("oversize %zu arena %u\n",ot,ai);
  size_t sizes[]={8000000,20000000,33000000,80000000,1000000};
  for(int k=0;k<5;k++){ size_t n=sizes[k]; printf("%zu: ",n);
  for(int i=0;i<4;i++){
    long f0=flt();
    void*p; posix_memalign(&p,64,n);
    size_t s=((size_t)p+4095)&~4095UL; madvise((void*)s,((size_t)p+n)/4096*4096-s,MADV_HUGEPAGE);
    memset(p,1,n); __asm__ volatile("" :: "r"(p) : "memory");
    free(p);
    printf("%ld ",flt()-f0);
  }
  printf("\n");}
}
