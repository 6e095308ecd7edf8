// CBLAS: the C interface of OpenBLAS, as Debian's libopenblas-dev installs it.
//
// pkg-config's `openblas` entry puts the pthread build's include directory on the path, so
// <cblas.h> is OpenBLAS's own header and also declares openblas_get_num_threads,
// openblas_set_num_threads, openblas_get_config and openblas_get_parallel.
#ifndef PEAKMEM_CBLAS_SHIM_H
#define PEAKMEM_CBLAS_SHIM_H
#include <cblas.h>
#endif
