// CJemalloc: jemalloc's public header.
//
// Debian builds jemalloc without a symbol prefix, so linking this module replaces malloc,
// free and friends for the whole process: every heap allocation of a peakmem process, the
// array engine's buffers included, is served by jemalloc and counted in its statistics.
// Only mallctl, mallctlnametomib and mallctlbymib are used from Swift.
#ifndef PEAKMEM_CJEMALLOC_SHIM_H
#define PEAKMEM_CJEMALLOC_SHIM_H
#include <jemalloc/jemalloc.h>
#endif
