// LD_PRELOAD shim: logs the BLAS calls NumPy (ILP64 cblas, scipy_openblas64_) and
// scipy.linalg.blas (LP64 Fortran, scipy_openblas) make, then forwards them.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
static void *sym(const char *name){
  void *p = dlsym(RTLD_NEXT, name); if (p) return p;
  const char *env = strstr(name, "64_") ? "SHIM_LIB64" : "SHIM_LIB32";
  const char *path = getenv(env); if(!path) {fprintf(stderr,"no %s\n",env); abort();}
  void *h = dlopen(path, RTLD_NOW|RTLD_LOCAL); if(!h){fprintf(stderr,"%s\n",dlerror()); abort();}
  p = dlsym(h, name); if(!p){fprintf(stderr,"nosym %s\n",name); abort();} return p;
}
typedef int64_t bi;
static const char *o(int x){return x==101?"RowMajor":x==102?"ColMajor":"?";}
static const char *t(int x){return x==111?"NoTrans":x==112?"Trans":x==113?"ConjTrans":"?";}
static const char *u(int x){return x==121?"Upper":x==122?"Lower":"?";}
#define FWD(name, ...) static void (*f)() = 0; if(!f) f = sym( name); ((void(*)())f)(__VA_ARGS__)
#define GEMM(P, T, NAME) \
void scipy_cblas_##P##gemm64_(int O,int A,int B,bi M,bi N,bi K,T al,const T*a,bi lda,const T*b,bi ldb,T be,T*c,bi ldc){ \
 fprintf(stderr,"[blas] cblas_" #P "gemm(%s,%s,%s,M=%ld,N=%ld,K=%ld,lda=%ld,ldb=%ld,ldc=%ld)\n",o(O),t(A),t(B),M,N,K,lda,ldb,ldc); \
 static void (*f)(int,int,int,bi,bi,bi,T,const T*,bi,const T*,bi,T,T*,bi)=0; if(!f) f=sym(NAME); f(O,A,B,M,N,K,al,a,lda,b,ldb,be,c,ldc);}
GEMM(d,double,"scipy_cblas_dgemm64_")
GEMM(s,float,"scipy_cblas_sgemm64_")
#define SYRK(P,T,NAME) \
void scipy_cblas_##P##syrk64_(int O,int U,int A,bi N,bi K,T al,const T*a,bi lda,T be,T*c,bi ldc){ \
 fprintf(stderr,"[blas] cblas_" #P "syrk(%s,%s,%s,N=%ld,K=%ld,lda=%ld,ldc=%ld)\n",o(O),u(U),t(A),N,K,lda,ldc); \
 static void (*f)(int,int,int,bi,bi,T,const T*,bi,T,T*,bi)=0; if(!f) f=sym(NAME); f(O,U,A,N,K,al,a,lda,be,c,ldc);}
SYRK(d,double,"scipy_cblas_dsyrk64_")
SYRK(s,float,"scipy_cblas_ssyrk64_")
#define GEMV(P,T,NAME) \
void scipy_cblas_##P##gemv64_(int O,int A,bi M,bi N,T al,const T*a,bi lda,const T*x,bi ix,T be,T*y,bi iy){ \
 fprintf(stderr,"[blas] cblas_" #P "gemv(%s,%s,M=%ld,N=%ld,lda=%ld,incX=%ld,incY=%ld)\n",o(O),t(A),M,N,lda,ix,iy); \
 static void (*f)(int,int,bi,bi,T,const T*,bi,const T*,bi,T,T*,bi)=0; if(!f) f=sym(NAME); f(O,A,M,N,al,a,lda,x,ix,be,y,iy);}
GEMV(d,double,"scipy_cblas_dgemv64_")
GEMV(s,float,"scipy_cblas_sgemv64_")
double scipy_cblas_ddot64_(bi n,const double*x,bi ix,const double*y,bi iy){
 fprintf(stderr,"[blas] cblas_ddot(n=%ld,incX=%ld,incY=%ld)\n",n,ix,iy);
 static double (*f)(bi,const double*,bi,const double*,bi)=0; if(!f) f=sym("scipy_cblas_ddot64_"); return f(n,x,ix,y,iy);}
float scipy_cblas_sdot64_(bi n,const float*x,bi ix,const float*y,bi iy){
 fprintf(stderr,"[blas] cblas_sdot(n=%ld,incX=%ld,incY=%ld)\n",n,ix,iy);
 static float (*f)(bi,const float*,bi,const float*,bi)=0; if(!f) f=sym("scipy_cblas_sdot64_"); return f(n,x,ix,y,iy);}
void scipy_cblas_daxpy64_(bi n,double a,const double*x,bi ix,double*y,bi iy){
 fprintf(stderr,"[blas] cblas_daxpy(n=%ld,incX=%ld,incY=%ld)\n",n,ix,iy);
 static void (*f)(bi,double,const double*,bi,double*,bi)=0; if(!f) f=sym("scipy_cblas_daxpy64_"); f(n,a,x,ix,y,iy);}
/* scipy.linalg.blas (f2py, Fortran LP64 interface) */
void scipy_dgemm_(const char*ta,const char*tb,const int*m,const int*n,const int*k,const double*al,const double*a,const int*lda,const double*b,const int*ldb,const double*be,double*c,const int*ldc, size_t l1, size_t l2){
 fprintf(stderr,"[blas] F dgemm(%c,%c,m=%d,n=%d,k=%d,lda=%d,ldb=%d,ldc=%d)\n",*ta,*tb,*m,*n,*k,*lda,*ldb,*ldc);
 static void (*f)()=0; if(!f) f=sym("scipy_dgemm_"); ((void(*)(const char*,const char*,const int*,const int*,const int*,const double*,const double*,const int*,const double*,const int*,const double*,double*,const int*,size_t,size_t))f)(ta,tb,m,n,k,al,a,lda,b,ldb,be,c,ldc,l1,l2);}
void scipy_dsyrk_(const char*up,const char*tr,const int*n,const int*k,const double*al,const double*a,const int*lda,const double*be,double*c,const int*ldc,size_t l1,size_t l2){
 fprintf(stderr,"[blas] F dsyrk(%c,%c,n=%d,k=%d,lda=%d,ldc=%d)\n",*up,*tr,*n,*k,*lda,*ldc);
 static void (*f)()=0; if(!f) f=sym("scipy_dsyrk_"); ((void(*)(const char*,const char*,const int*,const int*,const double*,const double*,const int*,const double*,double*,const int*,size_t,size_t))f)(up,tr,n,k,al,a,lda,be,c,ldc,l1,l2);}
