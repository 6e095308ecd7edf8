// GENERATED from NumPy 2.4.6 by docs/research/einsum-path-fixtures.py; do not edit.
// Regenerate from the package root with: python3 docs/research/einsum-path-fixtures.py

/// np.einsum_path paths and reports recorded from NumPy (JSON).
let einsumPathFixtureJSON = #"""
{
 "numpy": "2.4.6",
 "cases": [
  {
   "name": "seed 002 C n=100 q=102 greedy",
   "subscripts": "i, jk -> ijk",
   "inputs": [
    "i",
    "jk"
   ],
   "output": "ijk",
   "sizes": {
    "i": 102,
    "j": 100,
    "k": 100
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  i,jk->ijk\n         Naive scaling:  3\n     Optimized scaling:  3\n      Naive FLOP count:  1.020e+06\n  Optimized FLOP count:  1.020e+06\n   Theoretical speedup:  1.000\n  Largest intermediate:  1.020e+06 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   jk,i->ijk                                 ijk->ijk"
  },
  {
   "name": "seed 002 C n=100 q=102 optimal",
   "subscripts": "i, jk -> ijk",
   "inputs": [
    "i",
    "jk"
   ],
   "output": "ijk",
   "sizes": {
    "i": 102,
    "j": 100,
    "k": 100
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  i,jk->ijk\n         Naive scaling:  3\n     Optimized scaling:  3\n      Naive FLOP count:  1.020e+06\n  Optimized FLOP count:  1.020e+06\n   Theoretical speedup:  1.000\n  Largest intermediate:  1.020e+06 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   jk,i->ijk                                 ijk->ijk"
  },
  {
   "name": "seed 002 C2 n=100 q=102 greedy",
   "subscripts": "j, ik -> ijk",
   "inputs": [
    "j",
    "ik"
   ],
   "output": "ijk",
   "sizes": {
    "j": 100,
    "i": 102,
    "k": 100
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  j,ik->ijk\n         Naive scaling:  3\n     Optimized scaling:  3\n      Naive FLOP count:  1.020e+06\n  Optimized FLOP count:  1.020e+06\n   Theoretical speedup:  1.000\n  Largest intermediate:  1.020e+06 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   ik,j->ijk                                 ijk->ijk"
  },
  {
   "name": "seed 002 C2 n=100 q=102 optimal",
   "subscripts": "j, ik -> ijk",
   "inputs": [
    "j",
    "ik"
   ],
   "output": "ijk",
   "sizes": {
    "j": 100,
    "i": 102,
    "k": 100
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  j,ik->ijk\n         Naive scaling:  3\n     Optimized scaling:  3\n      Naive FLOP count:  1.020e+06\n  Optimized FLOP count:  1.020e+06\n   Theoretical speedup:  1.000\n  Largest intermediate:  1.020e+06 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   ik,j->ijk                                 ijk->ijk"
  },
  {
   "name": "seed 002 D n=100 q=102 greedy",
   "subscripts": "ijk, ikj -> k",
   "inputs": [
    "ijk",
    "ikj"
   ],
   "output": "k",
   "sizes": {
    "i": 102,
    "j": 100,
    "k": 100
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ijk,ikj->k\n         Naive scaling:  3\n     Optimized scaling:  3\n      Naive FLOP count:  2.040e+06\n  Optimized FLOP count:  2.040e+06\n   Theoretical speedup:  1.000\n  Largest intermediate:  1.000e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  ikj,ijk->k                                     k->k"
  },
  {
   "name": "seed 002 D n=100 q=102 optimal",
   "subscripts": "ijk, ikj -> k",
   "inputs": [
    "ijk",
    "ikj"
   ],
   "output": "k",
   "sizes": {
    "i": 102,
    "j": 100,
    "k": 100
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ijk,ikj->k\n         Naive scaling:  3\n     Optimized scaling:  3\n      Naive FLOP count:  2.040e+06\n  Optimized FLOP count:  2.040e+06\n   Theoretical speedup:  1.000\n  Largest intermediate:  1.000e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  ikj,ijk->k                                     k->k"
  },
  {
   "name": "seed 002 D1 / E_CC n=100 q=102 greedy",
   "subscripts": "i, jk, i, kj -> k",
   "inputs": [
    "i",
    "jk",
    "i",
    "kj"
   ],
   "output": "k",
   "sizes": {
    "i": 102,
    "j": 100,
    "k": 100
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     3
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  i,jk,i,kj->k\n         Naive scaling:  3\n     Optimized scaling:  2\n      Naive FLOP count:  4.080e+06\n  Optimized FLOP count:  2.030e+04\n   Theoretical speedup:  200.936\n  Largest intermediate:  1.000e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                    kj,jk->k                                 i,i,k->k\n   1                       i,i->                                    k,->k\n   1                       ,k->k                                     k->k"
  },
  {
   "name": "seed 002 D1 / E_CC n=100 q=102 optimal",
   "subscripts": "i, jk, i, kj -> k",
   "inputs": [
    "i",
    "jk",
    "i",
    "kj"
   ],
   "output": "k",
   "sizes": {
    "i": 102,
    "j": 100,
    "k": 100
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  i,jk,i,kj->k\n         Naive scaling:  3\n     Optimized scaling:  2\n      Naive FLOP count:  4.080e+06\n  Optimized FLOP count:  2.030e+04\n   Theoretical speedup:  200.936\n  Largest intermediate:  1.000e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   1                       i,i->                                jk,kj,->k\n   2                    kj,jk->k                                    ,k->k\n   1                       k,->k                                     k->k"
  },
  {
   "name": "seed 002 E_C2C2 n=100 q=102 greedy",
   "subscripts": "j, ik, k, ij -> k",
   "inputs": [
    "j",
    "ik",
    "k",
    "ij"
   ],
   "output": "k",
   "sizes": {
    "j": 100,
    "i": 102,
    "k": 100
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  j,ik,k,ij->k\n         Naive scaling:  3\n     Optimized scaling:  3\n      Naive FLOP count:  4.080e+06\n  Optimized FLOP count:  2.060e+06\n   Theoretical speedup:  1.980\n  Largest intermediate:  1.000e+04 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   ij,ik->jk                                j,k,jk->k\n   2                     jk,j->k                                   k,k->k\n   1                      k,k->k                                     k->k"
  },
  {
   "name": "seed 002 E_C2C2 n=100 q=102 optimal",
   "subscripts": "j, ik, k, ij -> k",
   "inputs": [
    "j",
    "ik",
    "k",
    "ij"
   ],
   "output": "k",
   "sizes": {
    "j": 100,
    "i": 102,
    "k": 100
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  j,ik,k,ij->k\n         Naive scaling:  3\n     Optimized scaling:  2\n      Naive FLOP count:  4.080e+06\n  Optimized FLOP count:  4.090e+04\n   Theoretical speedup:  99.753\n  Largest intermediate:  1.020e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                     ij,j->i                                ik,k,i->k\n   2                     i,ik->k                                   k,k->k\n   1                      k,k->k                                     k->k"
  },
  {
   "name": "seed 002 E_CC2 n=100 q=102 greedy",
   "subscripts": "i, jk, k, ij -> k",
   "inputs": [
    "i",
    "jk",
    "k",
    "ij"
   ],
   "output": "k",
   "sizes": {
    "i": 102,
    "j": 100,
    "k": 100
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  i,jk,k,ij->k\n         Naive scaling:  3\n     Optimized scaling:  2\n      Naive FLOP count:  4.080e+06\n  Optimized FLOP count:  4.050e+04\n   Theoretical speedup:  100.738\n  Largest intermediate:  1.000e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                     ij,i->j                                jk,k,j->k\n   2                     j,jk->k                                   k,k->k\n   1                      k,k->k                                     k->k"
  },
  {
   "name": "seed 002 E_CC2 n=100 q=102 optimal",
   "subscripts": "i, jk, k, ij -> k",
   "inputs": [
    "i",
    "jk",
    "k",
    "ij"
   ],
   "output": "k",
   "sizes": {
    "i": 102,
    "j": 100,
    "k": 100
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  i,jk,k,ij->k\n         Naive scaling:  3\n     Optimized scaling:  2\n      Naive FLOP count:  4.080e+06\n  Optimized FLOP count:  4.050e+04\n   Theoretical speedup:  100.738\n  Largest intermediate:  1.000e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                     ij,i->j                                jk,k,j->k\n   2                     j,jk->k                                   k,k->k\n   1                      k,k->k                                     k->k"
  },
  {
   "name": "seed 002 E_C2C n=100 q=102 greedy",
   "subscripts": "j, ik, i, kj -> k",
   "inputs": [
    "j",
    "ik",
    "i",
    "kj"
   ],
   "output": "k",
   "sizes": {
    "j": 100,
    "i": 102,
    "k": 100
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     2
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  j,ik,i,kj->k\n         Naive scaling:  3\n     Optimized scaling:  2\n      Naive FLOP count:  4.080e+06\n  Optimized FLOP count:  4.050e+04\n   Theoretical speedup:  100.738\n  Largest intermediate:  1.000e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                     i,ik->k                                j,kj,k->k\n   2                     kj,j->k                                   k,k->k\n   1                      k,k->k                                     k->k"
  },
  {
   "name": "seed 002 E_C2C n=100 q=102 optimal",
   "subscripts": "j, ik, i, kj -> k",
   "inputs": [
    "j",
    "ik",
    "i",
    "kj"
   ],
   "output": "k",
   "sizes": {
    "j": 100,
    "i": 102,
    "k": 100
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  j,ik,i,kj->k\n         Naive scaling:  3\n     Optimized scaling:  2\n      Naive FLOP count:  4.080e+06\n  Optimized FLOP count:  4.050e+04\n   Theoretical speedup:  100.738\n  Largest intermediate:  1.000e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                     kj,j->k                                ik,i,k->k\n   2                     i,ik->k                                   k,k->k\n   1                      k,k->k                                     k->k"
  },
  {
   "name": "seed 002 C n=7 q=9 greedy",
   "subscripts": "i, jk -> ijk",
   "inputs": [
    "i",
    "jk"
   ],
   "output": "ijk",
   "sizes": {
    "i": 9,
    "j": 7,
    "k": 7
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  i,jk->ijk\n         Naive scaling:  3\n     Optimized scaling:  3\n      Naive FLOP count:  4.410e+02\n  Optimized FLOP count:  4.420e+02\n   Theoretical speedup:  0.998\n  Largest intermediate:  4.410e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   jk,i->ijk                                 ijk->ijk"
  },
  {
   "name": "seed 002 C n=7 q=9 optimal",
   "subscripts": "i, jk -> ijk",
   "inputs": [
    "i",
    "jk"
   ],
   "output": "ijk",
   "sizes": {
    "i": 9,
    "j": 7,
    "k": 7
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  i,jk->ijk\n         Naive scaling:  3\n     Optimized scaling:  3\n      Naive FLOP count:  4.410e+02\n  Optimized FLOP count:  4.420e+02\n   Theoretical speedup:  0.998\n  Largest intermediate:  4.410e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   jk,i->ijk                                 ijk->ijk"
  },
  {
   "name": "seed 002 C2 n=7 q=9 greedy",
   "subscripts": "j, ik -> ijk",
   "inputs": [
    "j",
    "ik"
   ],
   "output": "ijk",
   "sizes": {
    "j": 7,
    "i": 9,
    "k": 7
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  j,ik->ijk\n         Naive scaling:  3\n     Optimized scaling:  3\n      Naive FLOP count:  4.410e+02\n  Optimized FLOP count:  4.420e+02\n   Theoretical speedup:  0.998\n  Largest intermediate:  4.410e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   ik,j->ijk                                 ijk->ijk"
  },
  {
   "name": "seed 002 C2 n=7 q=9 optimal",
   "subscripts": "j, ik -> ijk",
   "inputs": [
    "j",
    "ik"
   ],
   "output": "ijk",
   "sizes": {
    "j": 7,
    "i": 9,
    "k": 7
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  j,ik->ijk\n         Naive scaling:  3\n     Optimized scaling:  3\n      Naive FLOP count:  4.410e+02\n  Optimized FLOP count:  4.420e+02\n   Theoretical speedup:  0.998\n  Largest intermediate:  4.410e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   ik,j->ijk                                 ijk->ijk"
  },
  {
   "name": "seed 002 D n=7 q=9 greedy",
   "subscripts": "ijk, ikj -> k",
   "inputs": [
    "ijk",
    "ikj"
   ],
   "output": "k",
   "sizes": {
    "i": 9,
    "j": 7,
    "k": 7
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ijk,ikj->k\n         Naive scaling:  3\n     Optimized scaling:  3\n      Naive FLOP count:  8.820e+02\n  Optimized FLOP count:  8.830e+02\n   Theoretical speedup:  0.999\n  Largest intermediate:  7.000e+00 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  ikj,ijk->k                                     k->k"
  },
  {
   "name": "seed 002 D n=7 q=9 optimal",
   "subscripts": "ijk, ikj -> k",
   "inputs": [
    "ijk",
    "ikj"
   ],
   "output": "k",
   "sizes": {
    "i": 9,
    "j": 7,
    "k": 7
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ijk,ikj->k\n         Naive scaling:  3\n     Optimized scaling:  3\n      Naive FLOP count:  8.820e+02\n  Optimized FLOP count:  8.830e+02\n   Theoretical speedup:  0.999\n  Largest intermediate:  7.000e+00 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  ikj,ijk->k                                     k->k"
  },
  {
   "name": "seed 002 D1 / E_CC n=7 q=9 greedy",
   "subscripts": "i, jk, i, kj -> k",
   "inputs": [
    "i",
    "jk",
    "i",
    "kj"
   ],
   "output": "k",
   "sizes": {
    "i": 9,
    "j": 7,
    "k": 7
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     3
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  i,jk,i,kj->k\n         Naive scaling:  3\n     Optimized scaling:  2\n      Naive FLOP count:  1.764e+03\n  Optimized FLOP count:  1.240e+02\n   Theoretical speedup:  14.226\n  Largest intermediate:  7.000e+00 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                    kj,jk->k                                 i,i,k->k\n   1                       i,i->                                    k,->k\n   1                       ,k->k                                     k->k"
  },
  {
   "name": "seed 002 D1 / E_CC n=7 q=9 optimal",
   "subscripts": "i, jk, i, kj -> k",
   "inputs": [
    "i",
    "jk",
    "i",
    "kj"
   ],
   "output": "k",
   "sizes": {
    "i": 9,
    "j": 7,
    "k": 7
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  i,jk,i,kj->k\n         Naive scaling:  3\n     Optimized scaling:  2\n      Naive FLOP count:  1.764e+03\n  Optimized FLOP count:  1.240e+02\n   Theoretical speedup:  14.226\n  Largest intermediate:  7.000e+00 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   1                       i,i->                                jk,kj,->k\n   2                    kj,jk->k                                    ,k->k\n   1                       k,->k                                     k->k"
  },
  {
   "name": "seed 002 E_C2C2 n=7 q=9 greedy",
   "subscripts": "j, ik, k, ij -> k",
   "inputs": [
    "j",
    "ik",
    "k",
    "ij"
   ],
   "output": "k",
   "sizes": {
    "j": 7,
    "i": 9,
    "k": 7
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  j,ik,k,ij->k\n         Naive scaling:  3\n     Optimized scaling:  3\n      Naive FLOP count:  1.764e+03\n  Optimized FLOP count:  9.880e+02\n   Theoretical speedup:  1.785\n  Largest intermediate:  4.900e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   ij,ik->jk                                j,k,jk->k\n   2                     jk,j->k                                   k,k->k\n   1                      k,k->k                                     k->k"
  },
  {
   "name": "seed 002 E_C2C2 n=7 q=9 optimal",
   "subscripts": "j, ik, k, ij -> k",
   "inputs": [
    "j",
    "ik",
    "k",
    "ij"
   ],
   "output": "k",
   "sizes": {
    "j": 7,
    "i": 9,
    "k": 7
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  j,ik,k,ij->k\n         Naive scaling:  3\n     Optimized scaling:  2\n      Naive FLOP count:  1.764e+03\n  Optimized FLOP count:  2.600e+02\n   Theoretical speedup:  6.785\n  Largest intermediate:  9.000e+00 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                     ij,j->i                                ik,k,i->k\n   2                     i,ik->k                                   k,k->k\n   1                      k,k->k                                     k->k"
  },
  {
   "name": "seed 002 E_CC2 n=7 q=9 greedy",
   "subscripts": "i, jk, k, ij -> k",
   "inputs": [
    "i",
    "jk",
    "k",
    "ij"
   ],
   "output": "k",
   "sizes": {
    "i": 9,
    "j": 7,
    "k": 7
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  i,jk,k,ij->k\n         Naive scaling:  3\n     Optimized scaling:  2\n      Naive FLOP count:  1.764e+03\n  Optimized FLOP count:  2.320e+02\n   Theoretical speedup:  7.603\n  Largest intermediate:  7.000e+00 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                     ij,i->j                                jk,k,j->k\n   2                     j,jk->k                                   k,k->k\n   1                      k,k->k                                     k->k"
  },
  {
   "name": "seed 002 E_CC2 n=7 q=9 optimal",
   "subscripts": "i, jk, k, ij -> k",
   "inputs": [
    "i",
    "jk",
    "k",
    "ij"
   ],
   "output": "k",
   "sizes": {
    "i": 9,
    "j": 7,
    "k": 7
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  i,jk,k,ij->k\n         Naive scaling:  3\n     Optimized scaling:  2\n      Naive FLOP count:  1.764e+03\n  Optimized FLOP count:  2.320e+02\n   Theoretical speedup:  7.603\n  Largest intermediate:  7.000e+00 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                     ij,i->j                                jk,k,j->k\n   2                     j,jk->k                                   k,k->k\n   1                      k,k->k                                     k->k"
  },
  {
   "name": "seed 002 E_C2C n=7 q=9 greedy",
   "subscripts": "j, ik, i, kj -> k",
   "inputs": [
    "j",
    "ik",
    "i",
    "kj"
   ],
   "output": "k",
   "sizes": {
    "j": 7,
    "i": 9,
    "k": 7
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     2
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  j,ik,i,kj->k\n         Naive scaling:  3\n     Optimized scaling:  2\n      Naive FLOP count:  1.764e+03\n  Optimized FLOP count:  2.320e+02\n   Theoretical speedup:  7.603\n  Largest intermediate:  7.000e+00 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                     i,ik->k                                j,kj,k->k\n   2                     kj,j->k                                   k,k->k\n   1                      k,k->k                                     k->k"
  },
  {
   "name": "seed 002 E_C2C n=7 q=9 optimal",
   "subscripts": "j, ik, i, kj -> k",
   "inputs": [
    "j",
    "ik",
    "i",
    "kj"
   ],
   "output": "k",
   "sizes": {
    "j": 7,
    "i": 9,
    "k": 7
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  j,ik,i,kj->k\n         Naive scaling:  3\n     Optimized scaling:  2\n      Naive FLOP count:  1.764e+03\n  Optimized FLOP count:  2.320e+02\n   Theoretical speedup:  7.603\n  Largest intermediate:  7.000e+00 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                     kj,j->k                                ik,i,k->k\n   2                     i,ik->k                                   k,k->k\n   1                      k,k->k                                     k->k"
  },
  {
   "name": "doc chain",
   "subscripts": "ij,jk,kl->il",
   "inputs": [
    "ij",
    "jk",
    "kl"
   ],
   "output": "il",
   "sizes": {
    "i": 2,
    "j": 2,
    "k": 5,
    "l": 2
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ij,jk,kl->il\n         Naive scaling:  4\n     Optimized scaling:  3\n      Naive FLOP count:  1.200e+02\n  Optimized FLOP count:  5.700e+01\n   Theoretical speedup:  2.105\n  Largest intermediate:  4.000e+00 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   kl,jk->jl                                ij,jl->il\n   3                   jl,ij->il                                   il->il"
  },
  {
   "name": "doc transform greedy",
   "subscripts": "ea,fb,abcd,gc,hd->efgh",
   "inputs": [
    "ea",
    "fb",
    "abcd",
    "gc",
    "hd"
   ],
   "output": "efgh",
   "sizes": {
    "e": 10,
    "a": 10,
    "f": 10,
    "b": 10,
    "c": 10,
    "d": 10,
    "g": 10,
    "h": 10
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ea,fb,abcd,gc,hd->efgh\n         Naive scaling:  8\n     Optimized scaling:  5\n      Naive FLOP count:  5.000e+08\n  Optimized FLOP count:  8.000e+05\n   Theoretical speedup:  624.999\n  Largest intermediate:  1.000e+04 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5               abcd,ea->bcde                      fb,gc,hd,bcde->efgh\n   5               bcde,fb->cdef                         gc,hd,cdef->efgh\n   5               cdef,gc->defg                            hd,defg->efgh\n   5               defg,hd->efgh                               efgh->efgh"
  },
  {
   "name": "doc five greedy",
   "subscripts": "ijk,ilm,njm,nlk,abc->",
   "inputs": [
    "ijk",
    "ilm",
    "njm",
    "nlk",
    "abc"
   ],
   "output": "",
   "sizes": {
    "i": 2,
    "j": 4,
    "k": 8,
    "l": 4,
    "m": 8,
    "n": 2,
    "a": 2,
    "b": 4,
    "c": 8
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     0,
     1
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ijk,ilm,njm,nlk,abc->\n         Naive scaling:  9\n     Optimized scaling:  5\n      Naive FLOP count:  1.311e+06\n  Optimized FLOP count:  2.305e+03\n   Theoretical speedup:  568.642\n  Largest intermediate:  6.400e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5               nlk,ijk->injl                       ilm,njm,abc,injl->\n   5               njm,ilm->injl                          abc,injl,injl->\n   4                 injl,injl->                                   abc,->\n   3                      ,abc->                                       ->"
  },
  {
   "name": "doc transform optimal",
   "subscripts": "ea,fb,abcd,gc,hd->efgh",
   "inputs": [
    "ea",
    "fb",
    "abcd",
    "gc",
    "hd"
   ],
   "output": "efgh",
   "sizes": {
    "e": 10,
    "a": 10,
    "f": 10,
    "b": 10,
    "c": 10,
    "d": 10,
    "g": 10,
    "h": 10
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ea,fb,abcd,gc,hd->efgh\n         Naive scaling:  8\n     Optimized scaling:  5\n      Naive FLOP count:  5.000e+08\n  Optimized FLOP count:  8.000e+05\n   Theoretical speedup:  624.999\n  Largest intermediate:  1.000e+04 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5               abcd,ea->bcde                      fb,gc,hd,bcde->efgh\n   5               bcde,fb->cdef                         gc,hd,cdef->efgh\n   5               cdef,gc->defg                            hd,defg->efgh\n   5               defg,hd->efgh                               efgh->efgh"
  },
  {
   "name": "doc five optimal",
   "subscripts": "ijk,ilm,njm,nlk,abc->",
   "inputs": [
    "ijk",
    "ilm",
    "njm",
    "nlk",
    "abc"
   ],
   "output": "",
   "sizes": {
    "i": 2,
    "j": 4,
    "k": 8,
    "l": 4,
    "m": 8,
    "n": 2,
    "a": 2,
    "b": 4,
    "c": 8
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     0,
     1
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ijk,ilm,njm,nlk,abc->\n         Naive scaling:  9\n     Optimized scaling:  5\n      Naive FLOP count:  1.311e+06\n  Optimized FLOP count:  2.305e+03\n   Theoretical speedup:  568.642\n  Largest intermediate:  6.400e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5               nlk,ijk->injl                       ilm,njm,abc,injl->\n   5               njm,ilm->injl                          abc,injl,injl->\n   4                 injl,injl->                                   abc,->\n   3                      ,abc->                                       ->"
  },
  {
   "name": "optimize=True",
   "subscripts": "ij,jk,kl->il",
   "inputs": [
    "ij",
    "jk",
    "kl"
   ],
   "output": "il",
   "sizes": {
    "i": 3,
    "j": 4,
    "k": 5,
    "l": 6
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ij,jk,kl->il\n         Naive scaling:  4\n     Optimized scaling:  3\n      Naive FLOP count:  1.080e+03\n  Optimized FLOP count:  3.850e+02\n   Theoretical speedup:  2.805\n  Largest intermediate:  2.400e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   kl,jk->jl                                ij,jl->il\n   3                   jl,ij->il                                   il->il"
  },
  {
   "name": "ellipsis",
   "subscripts": "...ij,...jk,...kl->...il",
   "inputs": [
    "nij",
    "njk",
    "nkl"
   ],
   "output": "nil",
   "sizes": {
    "n": 3,
    "i": 4,
    "j": 5,
    "k": 6,
    "l": 2
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  nij,njk,nkl->nil\n         Naive scaling:  5\n     Optimized scaling:  4\n      Naive FLOP count:  2.160e+03\n  Optimized FLOP count:  6.010e+02\n   Theoretical speedup:  3.594\n  Largest intermediate:  3.000e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                nkl,njk->lnj                             nij,lnj->nil\n   4                lnj,nij->nil                                 nil->nil"
  },
  {
   "name": "hadamard",
   "subscripts": "ij,ij,ij->ij",
   "inputs": [
    "ij",
    "ij",
    "ij"
   ],
   "output": "ij",
   "sizes": {
    "i": 4,
    "j": 5
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     1,
     2
    ]
   ],
   "report": "  Complete contraction:  ij,ij,ij->ij\n         Naive scaling:  2\n     Optimized scaling:  2\n      Naive FLOP count:  6.000e+01\n  Optimized FLOP count:  4.100e+01\n   Theoretical speedup:  1.463\n  Largest intermediate:  2.000e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                ij,ij,ij->ij                                   ij->ij"
  },
  {
   "name": "single operand trace",
   "subscripts": "ii->",
   "inputs": [
    "ii"
   ],
   "output": "",
   "sizes": {
    "i": 6
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0
    ]
   ],
   "report": "  Complete contraction:  ii->\n         Naive scaling:  1\n     Optimized scaling:  1\n      Naive FLOP count:  6.000e+00\n  Optimized FLOP count:  1.300e+01\n   Theoretical speedup:  0.462\n  Largest intermediate:  1.000e+00 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   1                        ii->                                       ->"
  },
  {
   "name": "outer products only",
   "subscripts": "i,j,k->ijk",
   "inputs": [
    "i",
    "j",
    "k"
   ],
   "output": "ijk",
   "sizes": {
    "i": 2,
    "j": 3,
    "k": 4
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     1,
     2
    ]
   ],
   "report": "  Complete contraction:  i,j,k->ijk\n         Naive scaling:  3\n     Optimized scaling:  3\n      Naive FLOP count:  4.800e+01\n  Optimized FLOP count:  4.900e+01\n   Theoretical speedup:  0.980\n  Largest intermediate:  2.400e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  k,j,i->ijk                                 ijk->ijk"
  },
  {
   "name": "memory limit greedy",
   "subscripts": "ij,jk,kl,lm->im",
   "inputs": [
    "ij",
    "jk",
    "kl",
    "lm"
   ],
   "output": "im",
   "sizes": {
    "i": 10,
    "j": 20,
    "k": 30,
    "l": 40,
    "m": 5
   },
   "strategy": "greedy",
   "memoryLimit": 300,
   "path": [
    [
     2,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ij,jk,kl,lm->im\n         Naive scaling:  5\n     Optimized scaling:  3\n      Naive FLOP count:  4.800e+06\n  Optimized FLOP count:  2.000e+04\n   Theoretical speedup:  239.988\n  Largest intermediate:  1.500e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   lm,kl->mk                             ij,jk,mk->im\n   3                   mk,jk->mj                                ij,mj->im\n   3                   mj,ij->im                                   im->im"
  },
  {
   "name": "memory limit optimal",
   "subscripts": "ij,jk,kl,lm->im",
   "inputs": [
    "ij",
    "jk",
    "kl",
    "lm"
   ],
   "output": "im",
   "sizes": {
    "i": 10,
    "j": 20,
    "k": 30,
    "l": 40,
    "m": 5
   },
   "strategy": "optimal",
   "memoryLimit": 300,
   "path": [
    [
     2,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ij,jk,kl,lm->im\n         Naive scaling:  5\n     Optimized scaling:  3\n      Naive FLOP count:  4.800e+06\n  Optimized FLOP count:  2.000e+04\n   Theoretical speedup:  239.988\n  Largest intermediate:  1.500e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   lm,kl->mk                             ij,jk,mk->im\n   3                   mk,jk->mj                                ij,mj->im\n   3                   mj,ij->im                                   im->im"
  },
  {
   "name": "memory limit fallback greedy",
   "subscripts": "ij,jk,kl,lm->im",
   "inputs": [
    "ij",
    "jk",
    "kl",
    "lm"
   ],
   "output": "im",
   "sizes": {
    "i": 10,
    "j": 20,
    "k": 30,
    "l": 40,
    "m": 5
   },
   "strategy": "greedy",
   "memoryLimit": 10,
   "path": [
    [
     0,
     1,
     2,
     3
    ]
   ],
   "report": "  Complete contraction:  ij,jk,kl,lm->im\n         Naive scaling:  5\n     Optimized scaling:  5\n      Naive FLOP count:  4.800e+06\n  Optimized FLOP count:  4.800e+06\n   Theoretical speedup:  1.000\n  Largest intermediate:  5.000e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5             lm,kl,jk,ij->im                                   im->im"
  },
  {
   "name": "memory limit fallback optimal",
   "subscripts": "ij,jk,kl,lm->im",
   "inputs": [
    "ij",
    "jk",
    "kl",
    "lm"
   ],
   "output": "im",
   "sizes": {
    "i": 10,
    "j": 20,
    "k": 30,
    "l": 40,
    "m": 5
   },
   "strategy": "optimal",
   "memoryLimit": 10,
   "path": [
    [
     0,
     1,
     2,
     3
    ]
   ],
   "report": "  Complete contraction:  ij,jk,kl,lm->im\n         Naive scaling:  5\n     Optimized scaling:  5\n      Naive FLOP count:  4.800e+06\n  Optimized FLOP count:  4.800e+06\n   Theoretical speedup:  1.000\n  Largest intermediate:  5.000e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5             lm,kl,jk,ij->im                                   im->im"
  },
  {
   "name": "memory limit late fallback optimal",
   "subscripts": "ab,bc,cd,de,ef->af",
   "inputs": [
    "ab",
    "bc",
    "cd",
    "de",
    "ef"
   ],
   "output": "af",
   "sizes": {
    "a": 4,
    "b": 8,
    "c": 16,
    "d": 2,
    "e": 9,
    "f": 3
   },
   "strategy": "optimal",
   "memoryLimit": 40,
   "path": [
    [
     1,
     2
    ],
    [
     0,
     3
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ab,bc,cd,de,ef->af\n         Naive scaling:  6\n     Optimized scaling:  3\n      Naive FLOP count:  1.382e+05\n  Optimized FLOP count:  7.970e+02\n   Theoretical speedup:  173.450\n  Largest intermediate:  1.600e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   cd,bc->db                          ab,de,ef,db->af\n   3                   db,ab->da                             de,ef,da->af\n   3                   ef,de->df                                da,df->af\n   3                   df,da->af                                   af->af"
  },
  {
   "name": "explicit pairs",
   "subscripts": "ij,jk,kl->il",
   "inputs": [
    "ij",
    "jk",
    "kl"
   ],
   "output": "il",
   "sizes": {
    "i": 3,
    "j": 4,
    "k": 5,
    "l": 6
   },
   "strategy": "explicit",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ij,jk,kl->il\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  1.080e+03\n  Optimized FLOP count:  1.081e+03\n   Theoretical speedup:  0.999\n  Largest intermediate:  3.600e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                 kl,ij->ijkl                              jk,ijkl->il\n   4                 ijkl,jk->il                                   il->il",
   "explicitPath": [
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ]
  },
  {
   "name": "explicit triple",
   "subscripts": "ij,jk,kl,lm->im",
   "inputs": [
    "ij",
    "jk",
    "kl",
    "lm"
   ],
   "output": "im",
   "sizes": {
    "i": 3,
    "j": 4,
    "k": 5,
    "l": 6,
    "m": 2
   },
   "strategy": "explicit",
   "memoryLimit": null,
   "path": [
    [
     1,
     2,
     3
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ij,jk,kl,lm->im\n         Naive scaling:  5\n     Optimized scaling:  4\n      Naive FLOP count:  2.880e+03\n  Optimized FLOP count:  7.690e+02\n   Theoretical speedup:  3.745\n  Largest intermediate:  8.000e+00 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                lm,kl,jk->mj                                ij,mj->im\n   3                   mj,ij->im                                   im->im",
   "explicitPath": [
    [
     1,
     2,
     3
    ],
    [
     0,
     1
    ]
   ]
  },
  {
   "name": "random 0 greedy",
   "subscripts": "dceb,ebfe,cf,bf,aa,dcab->",
   "inputs": [
    "dceb",
    "ebfe",
    "cf",
    "bf",
    "aa",
    "dcab"
   ],
   "output": "",
   "sizes": {
    "d": 8,
    "c": 4,
    "e": 9,
    "b": 7,
    "f": 9,
    "a": 3
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     5
    ],
    [
     0,
     4
    ],
    [
     1,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  dceb,ebfe,cf,bf,aa,dcab->\n         Naive scaling:  6\n     Optimized scaling:  5\n      Naive FLOP count:  3.266e+05\n  Optimized FLOP count:  2.744e+04\n   Theoretical speedup:  11.902\n  Largest intermediate:  7.560e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5             dcab,dceb->acbe                     ebfe,cf,bf,aa,acbe->\n   5             acbe,ebfe->acbf                          cf,bf,aa,acbf->\n   4                acbf,bf->acf                              cf,aa,acf->\n   3                   acf,cf->a                                   aa,a->\n   1                      a,aa->                                       ->"
  },
  {
   "name": "random 0 optimal",
   "subscripts": "dceb,ebfe,cf,bf,aa,dcab->",
   "inputs": [
    "dceb",
    "ebfe",
    "cf",
    "bf",
    "aa",
    "dcab"
   ],
   "output": "",
   "sizes": {
    "d": 8,
    "c": 4,
    "e": 9,
    "b": 7,
    "f": 9,
    "a": 3
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     2,
     3
    ],
    [
     1,
     4
    ],
    [
     0,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  dceb,ebfe,cf,bf,aa,dcab->\n         Naive scaling:  6\n     Optimized scaling:  4\n      Naive FLOP count:  3.266e+05\n  Optimized FLOP count:  1.017e+04\n   Theoretical speedup:  32.110\n  Largest intermediate:  2.520e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  bf,cf->cbf                  dceb,ebfe,aa,dcab,cbf->\n   4               cbf,ebfe->cbe                       dceb,aa,dcab,cbe->\n   4               cbe,dceb->cbd                            aa,dcab,cbd->\n   4                 cbd,dcab->a                                   aa,a->\n   1                      a,aa->                                       ->"
  },
  {
   "name": "random 0 greedy limit 2551",
   "subscripts": "dceb,ebfe,cf,bf,aa,dcab->",
   "inputs": [
    "dceb",
    "ebfe",
    "cf",
    "bf",
    "aa",
    "dcab"
   ],
   "output": "",
   "sizes": {
    "d": 8,
    "c": 4,
    "e": 9,
    "b": 7,
    "f": 9,
    "a": 3
   },
   "strategy": "greedy",
   "memoryLimit": 2551,
   "path": [
    [
     0,
     5
    ],
    [
     0,
     4
    ],
    [
     1,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  dceb,ebfe,cf,bf,aa,dcab->\n         Naive scaling:  6\n     Optimized scaling:  5\n      Naive FLOP count:  3.266e+05\n  Optimized FLOP count:  2.744e+04\n   Theoretical speedup:  11.902\n  Largest intermediate:  7.560e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5             dcab,dceb->acbe                     ebfe,cf,bf,aa,acbe->\n   5             acbe,ebfe->acbf                          cf,bf,aa,acbf->\n   4                acbf,bf->acf                              cf,aa,acf->\n   3                   acf,cf->a                                   aa,a->\n   1                      a,aa->                                       ->"
  },
  {
   "name": "random 0 optimal limit 2551",
   "subscripts": "dceb,ebfe,cf,bf,aa,dcab->",
   "inputs": [
    "dceb",
    "ebfe",
    "cf",
    "bf",
    "aa",
    "dcab"
   ],
   "output": "",
   "sizes": {
    "d": 8,
    "c": 4,
    "e": 9,
    "b": 7,
    "f": 9,
    "a": 3
   },
   "strategy": "optimal",
   "memoryLimit": 2551,
   "path": [
    [
     2,
     3
    ],
    [
     1,
     4
    ],
    [
     0,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  dceb,ebfe,cf,bf,aa,dcab->\n         Naive scaling:  6\n     Optimized scaling:  4\n      Naive FLOP count:  3.266e+05\n  Optimized FLOP count:  1.017e+04\n   Theoretical speedup:  32.110\n  Largest intermediate:  2.520e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  bf,cf->cbf                  dceb,ebfe,aa,dcab,cbf->\n   4               cbf,ebfe->cbe                       dceb,aa,dcab,cbe->\n   4               cbe,dceb->cbd                            aa,dcab,cbd->\n   4                 cbd,dcab->a                                   aa,a->\n   1                      a,aa->                                       ->"
  },
  {
   "name": "random 1 greedy",
   "subscripts": "fdec,cd,faeb,cbf,caf,cfed->",
   "inputs": [
    "fdec",
    "cd",
    "faeb",
    "cbf",
    "caf",
    "cfed"
   ],
   "output": "",
   "sizes": {
    "f": 12,
    "d": 12,
    "e": 5,
    "c": 9,
    "a": 8,
    "b": 12
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     5
    ],
    [
     0,
     4
    ],
    [
     0,
     1
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  fdec,cd,faeb,cbf,caf,cfed->\n         Naive scaling:  6\n     Optimized scaling:  5\n      Naive FLOP count:  3.732e+06\n  Optimized FLOP count:  1.328e+05\n   Theoretical speedup:  28.097\n  Largest intermediate:  6.480e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4             cfed,fdec->ecdf                   cd,faeb,cbf,caf,ecdf->\n   4                ecdf,cd->ecf                       faeb,cbf,caf,ecf->\n   5              cbf,faeb->eacf                           caf,ecf,eacf->\n   4               eacf,caf->ecf                                ecf,ecf->\n   3                   ecf,ecf->                                       ->"
  },
  {
   "name": "random 1 optimal",
   "subscripts": "fdec,cd,faeb,cbf,caf,cfed->",
   "inputs": [
    "fdec",
    "cd",
    "faeb",
    "cbf",
    "caf",
    "cfed"
   ],
   "output": "",
   "sizes": {
    "f": 12,
    "d": 12,
    "e": 5,
    "c": 9,
    "a": 8,
    "b": 12
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ],
    [
     3,
     4
    ],
    [
     2,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  fdec,cd,faeb,cbf,caf,cfed->\n         Naive scaling:  6\n     Optimized scaling:  5\n      Naive FLOP count:  3.732e+06\n  Optimized FLOP count:  1.300e+05\n   Theoretical speedup:  28.704\n  Largest intermediate:  6.480e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4               cd,fdec->ecdf                 faeb,cbf,caf,cfed,ecdf->\n   4              ecdf,cfed->ecf                       faeb,cbf,caf,ecf->\n   4               ecf,caf->eacf                          faeb,cbf,eacf->\n   5              eacf,faeb->cbf                                cbf,cbf->\n   3                   cbf,cbf->                                       ->"
  },
  {
   "name": "random 2 greedy",
   "subscripts": "biaf,egcd,fbi,fdba,hc,cegb->he",
   "inputs": [
    "biaf",
    "egcd",
    "fbi",
    "fdba",
    "hc",
    "cegb"
   ],
   "output": "he",
   "sizes": {
    "b": 6,
    "i": 4,
    "a": 2,
    "f": 6,
    "e": 2,
    "g": 8,
    "c": 7,
    "d": 4,
    "h": 6
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     5
    ],
    [
     0,
     1
    ],
    [
     0,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  biaf,egcd,fbi,fdba,hc,cegb->he\n         Naive scaling:  9\n     Optimized scaling:  5\n      Naive FLOP count:  4.645e+06\n  Optimized FLOP count:  7.369e+03\n   Theoretical speedup:  630.325\n  Largest intermediate:  3.360e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5             cegb,egcd->edbc                biaf,fbi,fdba,hc,edbc->he\n   4               fbi,biaf->abf                     fdba,hc,edbc,abf->he\n   4                abf,fdba->db                           hc,edbc,db->he\n   4                 db,edbc->ec                                hc,ec->he\n   3                   ec,hc->he                                   he->he"
  },
  {
   "name": "random 2 optimal",
   "subscripts": "biaf,egcd,fbi,fdba,hc,cegb->he",
   "inputs": [
    "biaf",
    "egcd",
    "fbi",
    "fdba",
    "hc",
    "cegb"
   ],
   "output": "he",
   "sizes": {
    "b": 6,
    "i": 4,
    "a": 2,
    "f": 6,
    "e": 2,
    "g": 8,
    "c": 7,
    "d": 4,
    "h": 6
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     3
    ],
    [
     0,
     2
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  biaf,egcd,fbi,fdba,hc,cegb->he\n         Naive scaling:  9\n     Optimized scaling:  5\n      Naive FLOP count:  4.645e+06\n  Optimized FLOP count:  7.369e+03\n   Theoretical speedup:  630.325\n  Largest intermediate:  3.360e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4               fbi,biaf->abf                egcd,fdba,hc,cegb,abf->he\n   5             cegb,egcd->edbc                     fdba,hc,abf,edbc->he\n   4                abf,fdba->db                           hc,edbc,db->he\n   4                 db,edbc->ec                                hc,ec->he\n   3                   ec,hc->he                                   he->he"
  },
  {
   "name": "random 3 greedy",
   "subscripts": "b,dc,abd,acdb->a",
   "inputs": [
    "b",
    "dc",
    "abd",
    "acdb"
   ],
   "output": "a",
   "sizes": {
    "b": 7,
    "d": 4,
    "c": 3,
    "a": 2
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  b,dc,abd,acdb->a\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  6.720e+02\n  Optimized FLOP count:  4.770e+02\n   Theoretical speedup:  1.409\n  Largest intermediate:  5.600e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                acdb,dc->adb                             b,abd,adb->a\n   3                 adb,abd->ab                                  b,ab->a\n   2                     ab,b->a                                     a->a"
  },
  {
   "name": "random 3 optimal",
   "subscripts": "b,dc,abd,acdb->a",
   "inputs": [
    "b",
    "dc",
    "abd",
    "acdb"
   ],
   "output": "a",
   "sizes": {
    "b": 7,
    "d": 4,
    "c": 3,
    "a": 2
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  b,dc,abd,acdb->a\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  6.720e+02\n  Optimized FLOP count:  4.410e+02\n   Theoretical speedup:  1.524\n  Largest intermediate:  5.600e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  abd,b->adb                           dc,acdb,adb->a\n   4               adb,acdb->acd                                dc,acd->a\n   3                   acd,dc->a                                     a->a"
  },
  {
   "name": "random 4 greedy",
   "subscripts": "g,cj,dfg->jfcd",
   "inputs": [
    "g",
    "cj",
    "dfg"
   ],
   "output": "jfcd",
   "sizes": {
    "g": 3,
    "c": 10,
    "j": 7,
    "d": 4,
    "f": 2
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  g,cj,dfg->jfcd\n         Naive scaling:  5\n     Optimized scaling:  4\n      Naive FLOP count:  5.040e+03\n  Optimized FLOP count:  6.090e+02\n   Theoretical speedup:  8.276\n  Largest intermediate:  5.600e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   dfg,g->fd                              cj,fd->jfcd\n   4                 fd,cj->jfcd                               jfcd->jfcd"
  },
  {
   "name": "random 4 optimal",
   "subscripts": "g,cj,dfg->jfcd",
   "inputs": [
    "g",
    "cj",
    "dfg"
   ],
   "output": "jfcd",
   "sizes": {
    "g": 3,
    "c": 10,
    "j": 7,
    "d": 4,
    "f": 2
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  g,cj,dfg->jfcd\n         Naive scaling:  5\n     Optimized scaling:  4\n      Naive FLOP count:  5.040e+03\n  Optimized FLOP count:  6.090e+02\n   Theoretical speedup:  8.276\n  Largest intermediate:  5.600e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   dfg,g->fd                              cj,fd->jfcd\n   4                 fd,cj->jfcd                               jfcd->jfcd"
  },
  {
   "name": "random 4 greedy limit 35",
   "subscripts": "g,cj,dfg->jfcd",
   "inputs": [
    "g",
    "cj",
    "dfg"
   ],
   "output": "jfcd",
   "sizes": {
    "g": 3,
    "c": 10,
    "j": 7,
    "d": 4,
    "f": 2
   },
   "strategy": "greedy",
   "memoryLimit": 35,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  g,cj,dfg->jfcd\n         Naive scaling:  5\n     Optimized scaling:  4\n      Naive FLOP count:  5.040e+03\n  Optimized FLOP count:  6.090e+02\n   Theoretical speedup:  8.276\n  Largest intermediate:  5.600e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   dfg,g->fd                              cj,fd->jfcd\n   4                 fd,cj->jfcd                               jfcd->jfcd"
  },
  {
   "name": "random 4 optimal limit 35",
   "subscripts": "g,cj,dfg->jfcd",
   "inputs": [
    "g",
    "cj",
    "dfg"
   ],
   "output": "jfcd",
   "sizes": {
    "g": 3,
    "c": 10,
    "j": 7,
    "d": 4,
    "f": 2
   },
   "strategy": "optimal",
   "memoryLimit": 35,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  g,cj,dfg->jfcd\n         Naive scaling:  5\n     Optimized scaling:  4\n      Naive FLOP count:  5.040e+03\n  Optimized FLOP count:  6.090e+02\n   Theoretical speedup:  8.276\n  Largest intermediate:  5.600e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                   dfg,g->fd                              cj,fd->jfcd\n   4                 fd,cj->jfcd                               jfcd->jfcd"
  },
  {
   "name": "random 5 greedy",
   "subscripts": "egfd,egcb,fea->dbca",
   "inputs": [
    "egfd",
    "egcb",
    "fea"
   ],
   "output": "dbca",
   "sizes": {
    "e": 8,
    "g": 10,
    "f": 5,
    "d": 6,
    "c": 10,
    "b": 4,
    "a": 5
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  egfd,egcb,fea->dbca\n         Naive scaling:  7\n     Optimized scaling:  6\n      Naive FLOP count:  1.440e+06\n  Optimized FLOP count:  2.160e+05\n   Theoretical speedup:  6.667\n  Largest intermediate:  2.400e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5              fea,egfd->adeg                          egcb,adeg->dbca\n   6             adeg,egcb->dbca                               dbca->dbca"
  },
  {
   "name": "random 5 optimal",
   "subscripts": "egfd,egcb,fea->dbca",
   "inputs": [
    "egfd",
    "egcb",
    "fea"
   ],
   "output": "dbca",
   "sizes": {
    "e": 8,
    "g": 10,
    "f": 5,
    "d": 6,
    "c": 10,
    "b": 4,
    "a": 5
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  egfd,egcb,fea->dbca\n         Naive scaling:  7\n     Optimized scaling:  6\n      Naive FLOP count:  1.440e+06\n  Optimized FLOP count:  2.160e+05\n   Theoretical speedup:  6.667\n  Largest intermediate:  2.400e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5              fea,egfd->adeg                          egcb,adeg->dbca\n   6             adeg,egcb->dbca                               dbca->dbca"
  },
  {
   "name": "random 6 greedy",
   "subscripts": "c,c,bd,c,adb,d->a",
   "inputs": [
    "c",
    "c",
    "bd",
    "c",
    "adb",
    "d"
   ],
   "output": "a",
   "sizes": {
    "c": 6,
    "b": 2,
    "d": 5,
    "a": 7
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     2,
     4
    ],
    [
     3,
     4
    ],
    [
     0,
     1
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  c,c,bd,c,adb,d->a\n         Naive scaling:  4\n     Optimized scaling:  3\n      Naive FLOP count:  2.520e+03\n  Optimized FLOP count:  2.360e+02\n   Theoretical speedup:  10.678\n  Largest intermediate:  3.500e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  adb,bd->da                            c,c,c,d,da->a\n   2                     da,d->a                               c,c,c,a->a\n   1                      c,c->c                                 c,a,c->a\n   1                       c,c->                                    a,->a\n   1                       ,a->a                                     a->a"
  },
  {
   "name": "random 6 optimal",
   "subscripts": "c,c,bd,c,adb,d->a",
   "inputs": [
    "c",
    "c",
    "bd",
    "c",
    "adb",
    "d"
   ],
   "output": "a",
   "sizes": {
    "c": 6,
    "b": 2,
    "d": 5,
    "a": 7
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ],
    [
     1,
     4
    ],
    [
     2,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  c,c,bd,c,adb,d->a\n         Naive scaling:  4\n     Optimized scaling:  3\n      Naive FLOP count:  2.520e+03\n  Optimized FLOP count:  1.740e+02\n   Theoretical speedup:  14.483\n  Largest intermediate:  1.000e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   1                      c,c->c                          bd,c,adb,d,c->a\n   1                       c,c->                             bd,adb,d,->a\n   1                       ,d->d                              bd,adb,d->a\n   2                    d,bd->bd                                adb,bd->a\n   3                   bd,adb->a                                     a->a"
  },
  {
   "name": "random 7 greedy",
   "subscripts": "fa,jc,id,jbe->dcfaeib",
   "inputs": [
    "fa",
    "jc",
    "id",
    "jbe"
   ],
   "output": "dcfaeib",
   "sizes": {
    "f": 3,
    "a": 5,
    "j": 12,
    "c": 8,
    "i": 8,
    "d": 5,
    "b": 11,
    "e": 4
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     3
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  fa,jc,id,jbe->dcfaeib\n         Naive scaling:  8\n     Optimized scaling:  7\n      Naive FLOP count:  1.014e+07\n  Optimized FLOP count:  2.202e+05\n   Theoretical speedup:  46.028\n  Largest intermediate:  2.112e+05 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                 jbe,jc->ecb                       fa,id,ecb->dcfaeib\n   4                 id,fa->fadi                        ecb,fadi->dcfaeib\n   7           fadi,ecb->dcfaeib                         dcfaeib->dcfaeib"
  },
  {
   "name": "random 7 optimal",
   "subscripts": "fa,jc,id,jbe->dcfaeib",
   "inputs": [
    "fa",
    "jc",
    "id",
    "jbe"
   ],
   "output": "dcfaeib",
   "sizes": {
    "f": 3,
    "a": 5,
    "j": 12,
    "c": 8,
    "i": 8,
    "d": 5,
    "b": 11,
    "e": 4
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  fa,jc,id,jbe->dcfaeib\n         Naive scaling:  8\n     Optimized scaling:  7\n      Naive FLOP count:  1.014e+07\n  Optimized FLOP count:  2.202e+05\n   Theoretical speedup:  46.028\n  Largest intermediate:  2.112e+05 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                 id,fa->fadi                     jc,jbe,fadi->dcfaeib\n   4                 jbe,jc->ecb                        fadi,ecb->dcfaeib\n   7           ecb,fadi->dcfaeib                         dcfaeib->dcfaeib"
  },
  {
   "name": "random 8 greedy",
   "subscripts": "dcba,ac,abcd,dcb,cda->d",
   "inputs": [
    "dcba",
    "ac",
    "abcd",
    "dcb",
    "cda"
   ],
   "output": "d",
   "sizes": {
    "d": 6,
    "c": 5,
    "b": 7,
    "a": 9
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     1,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  dcba,ac,abcd,dcb,cda->d\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  9.450e+03\n  Optimized FLOP count:  6.481e+03\n   Theoretical speedup:  1.458\n  Largest intermediate:  1.890e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4             abcd,dcba->cdba                       ac,dcb,cda,cdba->d\n   4               cdba,dcb->cda                            ac,cda,cda->d\n   3                cda,cda->cda                                ac,cda->d\n   3                   cda,ac->d                                     d->d"
  },
  {
   "name": "random 8 optimal",
   "subscripts": "dcba,ac,abcd,dcb,cda->d",
   "inputs": [
    "dcba",
    "ac",
    "abcd",
    "dcb",
    "cda"
   ],
   "output": "d",
   "sizes": {
    "d": 6,
    "c": 5,
    "b": 7,
    "a": 9
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     2
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  dcba,ac,abcd,dcb,cda->d\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  9.450e+03\n  Optimized FLOP count:  6.361e+03\n   Theoretical speedup:  1.486\n  Largest intermediate:  1.890e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4             abcd,dcba->cdba                       ac,dcb,cda,cdba->d\n   3                 cda,ac->cda                          dcb,cdba,cda->d\n   4               cda,cdba->cdb                               dcb,cdb->d\n   3                  cdb,dcb->d                                     d->d"
  },
  {
   "name": "random 8 greedy limit 945",
   "subscripts": "dcba,ac,abcd,dcb,cda->d",
   "inputs": [
    "dcba",
    "ac",
    "abcd",
    "dcb",
    "cda"
   ],
   "output": "d",
   "sizes": {
    "d": 6,
    "c": 5,
    "b": 7,
    "a": 9
   },
   "strategy": "greedy",
   "memoryLimit": 945,
   "path": [
    [
     1,
     4
    ],
    [
     0,
     1,
     2,
     3
    ]
   ],
   "report": "  Complete contraction:  dcba,ac,abcd,dcb,cda->d\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  9.450e+03\n  Optimized FLOP count:  7.831e+03\n   Theoretical speedup:  1.207\n  Largest intermediate:  2.700e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                 cda,ac->cda                     dcba,abcd,dcb,cda->d\n   4        cda,dcb,abcd,dcba->d                                     d->d"
  },
  {
   "name": "random 8 optimal limit 945",
   "subscripts": "dcba,ac,abcd,dcb,cda->d",
   "inputs": [
    "dcba",
    "ac",
    "abcd",
    "dcb",
    "cda"
   ],
   "output": "d",
   "sizes": {
    "d": 6,
    "c": 5,
    "b": 7,
    "a": 9
   },
   "strategy": "optimal",
   "memoryLimit": 945,
   "path": [
    [
     1,
     4
    ],
    [
     0,
     1,
     2,
     3
    ]
   ],
   "report": "  Complete contraction:  dcba,ac,abcd,dcb,cda->d\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  9.450e+03\n  Optimized FLOP count:  7.831e+03\n   Theoretical speedup:  1.207\n  Largest intermediate:  2.700e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                 cda,ac->cda                     dcba,abcd,dcb,cda->d\n   4        cda,dcb,abcd,dcba->d                                     d->d"
  },
  {
   "name": "random 9 greedy",
   "subscripts": "adbc,cdbc,dc->da",
   "inputs": [
    "adbc",
    "cdbc",
    "dc"
   ],
   "output": "da",
   "sizes": {
    "a": 5,
    "d": 12,
    "b": 10,
    "c": 11
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  adbc,cdbc,dc->da\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  1.980e+04\n  Optimized FLOP count:  1.452e+04\n   Theoretical speedup:  1.364\n  Largest intermediate:  6.600e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4              cdbc,adbc->acd                               dc,acd->da\n   3                  acd,dc->da                                   da->da"
  },
  {
   "name": "random 9 optimal",
   "subscripts": "adbc,cdbc,dc->da",
   "inputs": [
    "adbc",
    "cdbc",
    "dc"
   ],
   "output": "da",
   "sizes": {
    "a": 5,
    "d": 12,
    "b": 10,
    "c": 11
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  adbc,cdbc,dc->da\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  1.980e+04\n  Optimized FLOP count:  1.452e+04\n   Theoretical speedup:  1.364\n  Largest intermediate:  6.600e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4              cdbc,adbc->acd                               dc,acd->da\n   3                  acd,dc->da                                   da->da"
  },
  {
   "name": "random 10 greedy",
   "subscripts": "cfa,bgfe,bdah,aeh,dcgi->efi",
   "inputs": [
    "cfa",
    "bgfe",
    "bdah",
    "aeh",
    "dcgi"
   ],
   "output": "efi",
   "sizes": {
    "c": 2,
    "f": 2,
    "a": 12,
    "b": 5,
    "g": 2,
    "e": 7,
    "d": 3,
    "h": 11,
    "i": 12
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     2,
     3
    ],
    [
     0,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  cfa,bgfe,bdah,aeh,dcgi->efi\n         Naive scaling:  9\n     Optimized scaling:  6\n      Naive FLOP count:  6.653e+06\n  Optimized FLOP count:  4.351e+04\n   Theoretical speedup:  152.892\n  Largest intermediate:  1.260e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5              aeh,bdah->dbea                  cfa,bgfe,dcgi,dbea->efi\n   6             dbea,cfa->cfdbe                     bgfe,dcgi,cfdbe->efi\n   6           cfdbe,bgfe->cfgde                          dcgi,cfgde->efi\n   6             cfgde,dcgi->efi                                 efi->efi"
  },
  {
   "name": "random 10 optimal",
   "subscripts": "cfa,bgfe,bdah,aeh,dcgi->efi",
   "inputs": [
    "cfa",
    "bgfe",
    "bdah",
    "aeh",
    "dcgi"
   ],
   "output": "efi",
   "sizes": {
    "c": 2,
    "f": 2,
    "a": 12,
    "b": 5,
    "g": 2,
    "e": 7,
    "d": 3,
    "h": 11,
    "i": 12
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     2,
     3
    ],
    [
     0,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  cfa,bgfe,bdah,aeh,dcgi->efi\n         Naive scaling:  9\n     Optimized scaling:  6\n      Naive FLOP count:  6.653e+06\n  Optimized FLOP count:  4.351e+04\n   Theoretical speedup:  152.892\n  Largest intermediate:  1.260e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5              aeh,bdah->dbea                  cfa,bgfe,dcgi,dbea->efi\n   6             dbea,cfa->cfdbe                     bgfe,dcgi,cfdbe->efi\n   6           cfdbe,bgfe->cfgde                          dcgi,cfgde->efi\n   6             cfgde,dcgi->efi                                 efi->efi"
  },
  {
   "name": "random 11 greedy",
   "subscripts": "acg,fc,ecg,gabf->fcbe",
   "inputs": [
    "acg",
    "fc",
    "ecg",
    "gabf"
   ],
   "output": "fcbe",
   "sizes": {
    "a": 5,
    "c": 6,
    "g": 5,
    "f": 6,
    "e": 8,
    "b": 10
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  acg,fc,ecg,gabf->fcbe\n         Naive scaling:  6\n     Optimized scaling:  5\n      Naive FLOP count:  2.880e+05\n  Optimized FLOP count:  4.860e+04\n   Theoretical speedup:  5.926\n  Largest intermediate:  2.880e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5              gabf,acg->gcfb                        fc,ecg,gcfb->fcbe\n   4               gcfb,fc->gcfb                           ecg,gcfb->fcbe\n   5              gcfb,ecg->fcbe                               fcbe->fcbe"
  },
  {
   "name": "random 11 optimal",
   "subscripts": "acg,fc,ecg,gabf->fcbe",
   "inputs": [
    "acg",
    "fc",
    "ecg",
    "gabf"
   ],
   "output": "fcbe",
   "sizes": {
    "a": 5,
    "c": 6,
    "g": 5,
    "f": 6,
    "e": 8,
    "b": 10
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  acg,fc,ecg,gabf->fcbe\n         Naive scaling:  6\n     Optimized scaling:  5\n      Naive FLOP count:  2.880e+05\n  Optimized FLOP count:  4.770e+04\n   Theoretical speedup:  6.038\n  Largest intermediate:  2.880e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                fc,acg->agcf                      ecg,gabf,agcf->fcbe\n   5             agcf,gabf->gcfb                           ecg,gcfb->fcbe\n   5              gcfb,ecg->fcbe                               fcbe->fcbe"
  },
  {
   "name": "random 12 greedy",
   "subscripts": "h,h,gebag->",
   "inputs": [
    "h",
    "h",
    "gebag"
   ],
   "output": "",
   "sizes": {
    "h": 2,
    "g": 9,
    "e": 10,
    "b": 2,
    "a": 7
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  h,h,gebag->\n         Naive scaling:  5\n     Optimized scaling:  4\n      Naive FLOP count:  7.560e+03\n  Optimized FLOP count:  2.525e+03\n   Theoretical speedup:  2.994\n  Largest intermediate:  1.000e+00 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   1                       h,h->                                 gebag,->\n   4                    ,gebag->                                       ->"
  },
  {
   "name": "random 12 optimal",
   "subscripts": "h,h,gebag->",
   "inputs": [
    "h",
    "h",
    "gebag"
   ],
   "output": "",
   "sizes": {
    "h": 2,
    "g": 9,
    "e": 10,
    "b": 2,
    "a": 7
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  h,h,gebag->\n         Naive scaling:  5\n     Optimized scaling:  4\n      Naive FLOP count:  7.560e+03\n  Optimized FLOP count:  2.525e+03\n   Theoretical speedup:  2.994\n  Largest intermediate:  1.000e+00 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   1                       h,h->                                 gebag,->\n   4                    ,gebag->                                       ->"
  },
  {
   "name": "random 12 greedy limit 5670",
   "subscripts": "h,h,gebag->",
   "inputs": [
    "h",
    "h",
    "gebag"
   ],
   "output": "",
   "sizes": {
    "h": 2,
    "g": 9,
    "e": 10,
    "b": 2,
    "a": 7
   },
   "strategy": "greedy",
   "memoryLimit": 5670,
   "path": [
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  h,h,gebag->\n         Naive scaling:  5\n     Optimized scaling:  4\n      Naive FLOP count:  7.560e+03\n  Optimized FLOP count:  2.525e+03\n   Theoretical speedup:  2.994\n  Largest intermediate:  1.000e+00 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   1                       h,h->                                 gebag,->\n   4                    ,gebag->                                       ->"
  },
  {
   "name": "random 12 optimal limit 5670",
   "subscripts": "h,h,gebag->",
   "inputs": [
    "h",
    "h",
    "gebag"
   ],
   "output": "",
   "sizes": {
    "h": 2,
    "g": 9,
    "e": 10,
    "b": 2,
    "a": 7
   },
   "strategy": "optimal",
   "memoryLimit": 5670,
   "path": [
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  h,h,gebag->\n         Naive scaling:  5\n     Optimized scaling:  4\n      Naive FLOP count:  7.560e+03\n  Optimized FLOP count:  2.525e+03\n   Theoretical speedup:  2.994\n  Largest intermediate:  1.000e+00 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   1                       h,h->                                 gebag,->\n   4                    ,gebag->                                       ->"
  },
  {
   "name": "random 13 greedy",
   "subscripts": "de,acd,cda,bd,abed,ebce->a",
   "inputs": [
    "de",
    "acd",
    "cda",
    "bd",
    "abed",
    "ebce"
   ],
   "output": "a",
   "sizes": {
    "d": 7,
    "e": 10,
    "a": 10,
    "c": 8,
    "b": 12
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     2
    ],
    [
     1,
     2
    ],
    [
     1,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  de,acd,cda,bd,abed,ebce->a\n         Naive scaling:  5\n     Optimized scaling:  5\n      Naive FLOP count:  4.032e+05\n  Optimized FLOP count:  1.560e+05\n   Theoretical speedup:  2.585\n  Largest intermediate:  8.400e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                cda,acd->dca                   de,bd,abed,ebce,dca->a\n   4               abed,bd->daeb                      de,ebce,dca,daeb->a\n   5             daeb,ebce->dcae                           de,dca,dcae->a\n   4               dcae,dca->dae                                de,dae->a\n   3                   dae,de->a                                     a->a"
  },
  {
   "name": "random 13 optimal",
   "subscripts": "de,acd,cda,bd,abed,ebce->a",
   "inputs": [
    "de",
    "acd",
    "cda",
    "bd",
    "abed",
    "ebce"
   ],
   "output": "a",
   "sizes": {
    "d": 7,
    "e": 10,
    "a": 10,
    "c": 8,
    "b": 12
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     0,
     1
    ],
    [
     1,
     2
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  de,acd,cda,bd,abed,ebce->a\n         Naive scaling:  5\n     Optimized scaling:  5\n      Naive FLOP count:  4.032e+05\n  Optimized FLOP count:  1.436e+05\n   Theoretical speedup:  2.807\n  Largest intermediate:  6.720e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  bd,de->deb                 acd,cda,abed,ebce,deb->a\n   3                cda,acd->dca                     abed,ebce,deb,dca->a\n   4              deb,ebce->dceb                         abed,dca,dceb->a\n   5              dceb,abed->dca                               dca,dca->a\n   3                  dca,dca->a                                     a->a"
  },
  {
   "name": "random 14 greedy",
   "subscripts": "bcag,dgac,df->fdb",
   "inputs": [
    "bcag",
    "dgac",
    "df"
   ],
   "output": "fdb",
   "sizes": {
    "b": 8,
    "c": 4,
    "a": 5,
    "g": 2,
    "d": 2,
    "f": 5
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  bcag,dgac,df->fdb\n         Naive scaling:  6\n     Optimized scaling:  5\n      Naive FLOP count:  9.600e+03\n  Optimized FLOP count:  1.361e+03\n   Theoretical speedup:  7.054\n  Largest intermediate:  8.000e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5               dgac,bcag->db                               df,db->fdb\n   3                  db,df->fdb                                 fdb->fdb"
  },
  {
   "name": "random 14 optimal",
   "subscripts": "bcag,dgac,df->fdb",
   "inputs": [
    "bcag",
    "dgac",
    "df"
   ],
   "output": "fdb",
   "sizes": {
    "b": 8,
    "c": 4,
    "a": 5,
    "g": 2,
    "d": 2,
    "f": 5
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  bcag,dgac,df->fdb\n         Naive scaling:  6\n     Optimized scaling:  5\n      Naive FLOP count:  9.600e+03\n  Optimized FLOP count:  1.361e+03\n   Theoretical speedup:  7.054\n  Largest intermediate:  8.000e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5               dgac,bcag->db                               df,db->fdb\n   3                  db,df->fdb                                 fdb->fdb"
  },
  {
   "name": "random 15 greedy",
   "subscripts": "eha,feh,dhbg,cafg,bfg->ecd",
   "inputs": [
    "eha",
    "feh",
    "dhbg",
    "cafg",
    "bfg"
   ],
   "output": "ecd",
   "sizes": {
    "e": 6,
    "h": 11,
    "a": 4,
    "f": 10,
    "d": 8,
    "b": 5,
    "g": 11,
    "c": 10
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ],
    [
     0,
     1,
     2,
     3
    ]
   ],
   "report": "  Complete contraction:  eha,feh,dhbg,cafg,bfg->ecd\n         Naive scaling:  8\n     Optimized scaling:  8\n      Naive FLOP count:  5.808e+07\n  Optimized FLOP count:  4.647e+07\n   Theoretical speedup:  1.250\n  Largest intermediate:  2.640e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4               feh,eha->aefh                  dhbg,cafg,bfg,aefh->ecd\n   8     aefh,bfg,cafg,dhbg->ecd                                 ecd->ecd"
  },
  {
   "name": "random 15 optimal",
   "subscripts": "eha,feh,dhbg,cafg,bfg->ecd",
   "inputs": [
    "eha",
    "feh",
    "dhbg",
    "cafg",
    "bfg"
   ],
   "output": "ecd",
   "sizes": {
    "e": 6,
    "h": 11,
    "a": 4,
    "f": 10,
    "d": 8,
    "b": 5,
    "g": 11,
    "c": 10
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ],
    [
     0,
     1,
     2,
     3
    ]
   ],
   "report": "  Complete contraction:  eha,feh,dhbg,cafg,bfg->ecd\n         Naive scaling:  8\n     Optimized scaling:  8\n      Naive FLOP count:  5.808e+07\n  Optimized FLOP count:  4.647e+07\n   Theoretical speedup:  1.250\n  Largest intermediate:  2.640e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4               feh,eha->aefh                  dhbg,cafg,bfg,aefh->ecd\n   8     aefh,bfg,cafg,dhbg->ecd                                 ecd->ecd"
  },
  {
   "name": "random 16 greedy",
   "subscripts": "dbc,c,db,c,bcab,ga->g",
   "inputs": [
    "dbc",
    "c",
    "db",
    "c",
    "bcab",
    "ga"
   ],
   "output": "g",
   "sizes": {
    "d": 6,
    "b": 4,
    "c": 12,
    "a": 12,
    "g": 5
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     4,
     5
    ],
    [
     0,
     2
    ],
    [
     2,
     3
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  dbc,c,db,c,bcab,ga->g\n         Naive scaling:  5\n     Optimized scaling:  4\n      Naive FLOP count:  1.037e+05\n  Optimized FLOP count:  6.949e+03\n   Theoretical speedup:  14.920\n  Largest intermediate:  2.400e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                ga,bcab->bgc                        dbc,c,db,c,bgc->g\n   3                  db,dbc->bc                            c,c,bgc,bc->g\n   3                  bc,bgc->gc                                c,c,gc->g\n   1                      c,c->c                                  gc,c->g\n   2                     c,gc->g                                     g->g"
  },
  {
   "name": "random 16 optimal",
   "subscripts": "dbc,c,db,c,bcab,ga->g",
   "inputs": [
    "dbc",
    "c",
    "db",
    "c",
    "bcab",
    "ga"
   ],
   "output": "g",
   "sizes": {
    "d": 6,
    "b": 4,
    "c": 12,
    "a": 12,
    "g": 5
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ],
    [
     2,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  dbc,c,db,c,bcab,ga->g\n         Naive scaling:  5\n     Optimized scaling:  3\n      Naive FLOP count:  1.037e+05\n  Optimized FLOP count:  1.909e+03\n   Theoretical speedup:  54.311\n  Largest intermediate:  4.800e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  db,dbc->bc                        c,c,bcab,ga,bc->g\n   1                      c,c->c                          bcab,ga,bc,c->g\n   2                    c,bc->bc                            bcab,ga,bc->g\n   3                  bc,bcab->a                                  ga,a->g\n   2                     a,ga->g                                     g->g"
  },
  {
   "name": "random 16 greedy limit 1152",
   "subscripts": "dbc,c,db,c,bcab,ga->g",
   "inputs": [
    "dbc",
    "c",
    "db",
    "c",
    "bcab",
    "ga"
   ],
   "output": "g",
   "sizes": {
    "d": 6,
    "b": 4,
    "c": 12,
    "a": 12,
    "g": 5
   },
   "strategy": "greedy",
   "memoryLimit": 1152,
   "path": [
    [
     4,
     5
    ],
    [
     0,
     2
    ],
    [
     2,
     3
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  dbc,c,db,c,bcab,ga->g\n         Naive scaling:  5\n     Optimized scaling:  4\n      Naive FLOP count:  1.037e+05\n  Optimized FLOP count:  6.949e+03\n   Theoretical speedup:  14.920\n  Largest intermediate:  2.400e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                ga,bcab->bgc                        dbc,c,db,c,bgc->g\n   3                  db,dbc->bc                            c,c,bgc,bc->g\n   3                  bc,bgc->gc                                c,c,gc->g\n   1                      c,c->c                                  gc,c->g\n   2                     c,gc->g                                     g->g"
  },
  {
   "name": "random 16 optimal limit 1152",
   "subscripts": "dbc,c,db,c,bcab,ga->g",
   "inputs": [
    "dbc",
    "c",
    "db",
    "c",
    "bcab",
    "ga"
   ],
   "output": "g",
   "sizes": {
    "d": 6,
    "b": 4,
    "c": 12,
    "a": 12,
    "g": 5
   },
   "strategy": "optimal",
   "memoryLimit": 1152,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ],
    [
     2,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  dbc,c,db,c,bcab,ga->g\n         Naive scaling:  5\n     Optimized scaling:  3\n      Naive FLOP count:  1.037e+05\n  Optimized FLOP count:  1.909e+03\n   Theoretical speedup:  54.311\n  Largest intermediate:  4.800e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  db,dbc->bc                        c,c,bcab,ga,bc->g\n   1                      c,c->c                          bcab,ga,bc,c->g\n   2                    c,bc->bc                            bcab,ga,bc->g\n   3                  bc,bcab->a                                  ga,a->g\n   2                     a,ga->g                                     g->g"
  },
  {
   "name": "random 17 greedy",
   "subscripts": "e,jdi,ihe,jb,aa->hebdj",
   "inputs": [
    "e",
    "jdi",
    "ihe",
    "jb",
    "aa"
   ],
   "output": "hebdj",
   "sizes": {
    "e": 11,
    "j": 4,
    "d": 4,
    "i": 7,
    "h": 12,
    "b": 9,
    "a": 12
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  e,jdi,ihe,jb,aa->hebdj\n         Naive scaling:  7\n     Optimized scaling:  6\n      Naive FLOP count:  7.983e+06\n  Optimized FLOP count:  7.242e+05\n   Theoretical speedup:  11.023\n  Largest intermediate:  1.901e+04 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  ihe,e->ieh                     jdi,jb,aa,ieh->hebdj\n   4                jb,jdi->djib                       aa,ieh,djib->hebdj\n   6             djib,ieh->djbeh                          aa,djbeh->hebdj\n   6             djbeh,aa->hebdj                             hebdj->hebdj"
  },
  {
   "name": "random 17 optimal",
   "subscripts": "e,jdi,ihe,jb,aa->hebdj",
   "inputs": [
    "e",
    "jdi",
    "ihe",
    "jb",
    "aa"
   ],
   "output": "hebdj",
   "sizes": {
    "e": 11,
    "j": 4,
    "d": 4,
    "i": 7,
    "h": 12,
    "b": 9,
    "a": 12
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     4
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  e,jdi,ihe,jb,aa->hebdj\n         Naive scaling:  7\n     Optimized scaling:  5\n      Naive FLOP count:  7.983e+06\n  Optimized FLOP count:  4.924e+04\n   Theoretical speedup:  162.141\n  Largest intermediate:  1.901e+04 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                     aa,e->e                      jdi,ihe,jb,e->hebdj\n   5               ihe,jdi->djeh                         jb,e,djeh->hebdj\n   3                   e,jb->jbe                          djeh,jbe->hebdj\n   5             jbe,djeh->hebdj                             hebdj->hebdj"
  },
  {
   "name": "random 18 greedy",
   "subscripts": "agbh,hfae,gfad,df,deah->bda",
   "inputs": [
    "agbh",
    "hfae",
    "gfad",
    "df",
    "deah"
   ],
   "output": "bda",
   "sizes": {
    "a": 11,
    "g": 2,
    "b": 2,
    "h": 11,
    "f": 6,
    "e": 12,
    "d": 8
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     4
    ],
    [
     0,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  agbh,hfae,gfad,df,deah->bda\n         Naive scaling:  7\n     Optimized scaling:  6\n      Naive FLOP count:  1.394e+06\n  Optimized FLOP count:  1.922e+05\n   Theoretical speedup:  7.253\n  Largest intermediate:  5.808e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5             deah,hfae->fdah                   agbh,gfad,df,fdah->bda\n   6            fdah,agbh->bgfda                       gfad,df,bgfda->bda\n   5            bgfda,gfad->bfda                             df,bfda->bda\n   4                bfda,df->bda                                 bda->bda"
  },
  {
   "name": "random 18 optimal",
   "subscripts": "agbh,hfae,gfad,df,deah->bda",
   "inputs": [
    "agbh",
    "hfae",
    "gfad",
    "df",
    "deah"
   ],
   "output": "bda",
   "sizes": {
    "a": 11,
    "g": 2,
    "b": 2,
    "h": 11,
    "f": 6,
    "e": 12,
    "d": 8
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     1,
     4
    ],
    [
     1,
     2
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  agbh,hfae,gfad,df,deah->bda\n         Naive scaling:  7\n     Optimized scaling:  5\n      Naive FLOP count:  1.394e+06\n  Optimized FLOP count:  1.714e+05\n   Theoretical speedup:  8.131\n  Largest intermediate:  5.808e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5             deah,hfae->fdah                   agbh,gfad,df,fdah->bda\n   4               df,gfad->gfda                      agbh,fdah,gfda->bda\n   5             gfda,fdah->gdah                           agbh,gdah->bda\n   5              gdah,agbh->bda                                 bda->bda"
  },
  {
   "name": "random 19 greedy",
   "subscripts": "aeb,dbic,dbec,f->fidca",
   "inputs": [
    "aeb",
    "dbic",
    "dbec",
    "f"
   ],
   "output": "fidca",
   "sizes": {
    "a": 4,
    "e": 12,
    "b": 5,
    "d": 5,
    "i": 4,
    "c": 10,
    "f": 3
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  aeb,dbic,dbec,f->fidca\n         Naive scaling:  7\n     Optimized scaling:  5\n      Naive FLOP count:  5.760e+05\n  Optimized FLOP count:  3.440e+04\n   Theoretical speedup:  16.744\n  Largest intermediate:  2.400e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5              dbec,aeb->abdc                       dbic,f,abdc->fidca\n   5             abdc,dbic->aidc                            f,aidc->fidca\n   5               aidc,f->fidca                             fidca->fidca"
  },
  {
   "name": "random 19 optimal",
   "subscripts": "aeb,dbic,dbec,f->fidca",
   "inputs": [
    "aeb",
    "dbic",
    "dbec",
    "f"
   ],
   "output": "fidca",
   "sizes": {
    "a": 4,
    "e": 12,
    "b": 5,
    "d": 5,
    "i": 4,
    "c": 10,
    "f": 3
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  aeb,dbic,dbec,f->fidca\n         Naive scaling:  7\n     Optimized scaling:  5\n      Naive FLOP count:  5.760e+05\n  Optimized FLOP count:  3.440e+04\n   Theoretical speedup:  16.744\n  Largest intermediate:  2.400e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5              dbec,aeb->abdc                       dbic,f,abdc->fidca\n   5             abdc,dbic->aidc                            f,aidc->fidca\n   5               aidc,f->fidca                             fidca->fidca"
  },
  {
   "name": "random 20 greedy",
   "subscripts": "c,b,gi,fbacf,fcdb,g->",
   "inputs": [
    "c",
    "b",
    "gi",
    "fbacf",
    "fcdb",
    "g"
   ],
   "output": "",
   "sizes": {
    "c": 12,
    "b": 9,
    "g": 10,
    "i": 5,
    "f": 2,
    "a": 4,
    "d": 5
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     3,
     4
    ],
    [
     0,
     4
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  c,b,gi,fbacf,fcdb,g->\n         Naive scaling:  7\n     Optimized scaling:  5\n      Naive FLOP count:  1.296e+06\n  Optimized FLOP count:  8.976e+03\n   Theoretical speedup:  144.385\n  Largest intermediate:  1.080e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5              fcdb,fbacf->bc                            c,b,gi,g,bc->\n   2                     bc,c->b                               b,gi,g,b->\n   2                      g,gi->                                   b,b,->\n   1                       b,b->                                      ,->\n   0                         ,->                                       ->"
  },
  {
   "name": "random 20 optimal",
   "subscripts": "c,b,gi,fbacf,fcdb,g->",
   "inputs": [
    "c",
    "b",
    "gi",
    "fbacf",
    "fcdb",
    "g"
   ],
   "output": "",
   "sizes": {
    "c": 12,
    "b": 9,
    "g": 10,
    "i": 5,
    "f": 2,
    "a": 4,
    "d": 5
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     1,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  c,b,gi,fbacf,fcdb,g->\n         Naive scaling:  7\n     Optimized scaling:  4\n      Naive FLOP count:  1.296e+06\n  Optimized FLOP count:  4.008e+03\n   Theoretical speedup:  323.353\n  Largest intermediate:  2.160e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                fbacf,c->fbc                        b,gi,fcdb,g,fbc->\n   2                      g,gi->                            b,fcdb,fbc,->\n   4                 fbc,fcdb->b                                   b,,b->\n   1                       b,b->                                      ,->\n   0                         ,->                                       ->"
  },
  {
   "name": "random 20 greedy limit 864",
   "subscripts": "c,b,gi,fbacf,fcdb,g->",
   "inputs": [
    "c",
    "b",
    "gi",
    "fbacf",
    "fcdb",
    "g"
   ],
   "output": "",
   "sizes": {
    "c": 12,
    "b": 9,
    "g": 10,
    "i": 5,
    "f": 2,
    "a": 4,
    "d": 5
   },
   "strategy": "greedy",
   "memoryLimit": 864,
   "path": [
    [
     3,
     4
    ],
    [
     0,
     4
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  c,b,gi,fbacf,fcdb,g->\n         Naive scaling:  7\n     Optimized scaling:  5\n      Naive FLOP count:  1.296e+06\n  Optimized FLOP count:  8.976e+03\n   Theoretical speedup:  144.385\n  Largest intermediate:  1.080e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5              fcdb,fbacf->bc                            c,b,gi,g,bc->\n   2                     bc,c->b                               b,gi,g,b->\n   2                      g,gi->                                   b,b,->\n   1                       b,b->                                      ,->\n   0                         ,->                                       ->"
  },
  {
   "name": "random 20 optimal limit 864",
   "subscripts": "c,b,gi,fbacf,fcdb,g->",
   "inputs": [
    "c",
    "b",
    "gi",
    "fbacf",
    "fcdb",
    "g"
   ],
   "output": "",
   "sizes": {
    "c": 12,
    "b": 9,
    "g": 10,
    "i": 5,
    "f": 2,
    "a": 4,
    "d": 5
   },
   "strategy": "optimal",
   "memoryLimit": 864,
   "path": [
    [
     0,
     3
    ],
    [
     1,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  c,b,gi,fbacf,fcdb,g->\n         Naive scaling:  7\n     Optimized scaling:  4\n      Naive FLOP count:  1.296e+06\n  Optimized FLOP count:  4.008e+03\n   Theoretical speedup:  323.353\n  Largest intermediate:  2.160e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                fbacf,c->fbc                        b,gi,fcdb,g,fbc->\n   2                      g,gi->                            b,fcdb,fbc,->\n   4                 fbc,fcdb->b                                   b,,b->\n   1                       b,b->                                      ,->\n   0                         ,->                                       ->"
  },
  {
   "name": "random 21 greedy",
   "subscripts": "jc,gdg,edb->jebc",
   "inputs": [
    "jc",
    "gdg",
    "edb"
   ],
   "output": "jebc",
   "sizes": {
    "j": 8,
    "c": 7,
    "g": 11,
    "d": 4,
    "e": 7,
    "b": 12
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  jc,gdg,edb->jebc\n         Naive scaling:  6\n     Optimized scaling:  4\n      Naive FLOP count:  6.209e+05\n  Optimized FLOP count:  1.210e+04\n   Theoretical speedup:  51.329\n  Largest intermediate:  4.704e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                 edb,gdg->eb                              jc,eb->jebc\n   4                 eb,jc->jebc                               jebc->jebc"
  },
  {
   "name": "random 21 optimal",
   "subscripts": "jc,gdg,edb->jebc",
   "inputs": [
    "jc",
    "gdg",
    "edb"
   ],
   "output": "jebc",
   "sizes": {
    "j": 8,
    "c": 7,
    "g": 11,
    "d": 4,
    "e": 7,
    "b": 12
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  jc,gdg,edb->jebc\n         Naive scaling:  6\n     Optimized scaling:  4\n      Naive FLOP count:  6.209e+05\n  Optimized FLOP count:  1.210e+04\n   Theoretical speedup:  51.329\n  Largest intermediate:  4.704e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                 edb,gdg->eb                              jc,eb->jebc\n   4                 eb,jc->jebc                               jebc->jebc"
  },
  {
   "name": "random 22 greedy",
   "subscripts": "db,bga,dac,ff,cbf,fae->gdea",
   "inputs": [
    "db",
    "bga",
    "dac",
    "ff",
    "cbf",
    "fae"
   ],
   "output": "gdea",
   "sizes": {
    "d": 7,
    "b": 4,
    "g": 11,
    "a": 12,
    "c": 3,
    "f": 6,
    "e": 4
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     3,
     4
    ],
    [
     3,
     4
    ],
    [
     2,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  db,bga,dac,ff,cbf,fae->gdea\n         Naive scaling:  7\n     Optimized scaling:  5\n      Naive FLOP count:  1.597e+06\n  Optimized FLOP count:  4.596e+04\n   Theoretical speedup:  34.740\n  Largest intermediate:  3.696e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                 cbf,ff->cbf                 db,bga,dac,fae,cbf->gdea\n   5               cbf,fae->cbea                    db,bga,dac,cbea->gdea\n   5              cbea,dac->beda                        db,bga,beda->gdea\n   4               beda,db->beda                           bga,beda->gdea\n   5              beda,bga->gdea                               gdea->gdea"
  },
  {
   "name": "random 22 optimal",
   "subscripts": "db,bga,dac,ff,cbf,fae->gdea",
   "inputs": [
    "db",
    "bga",
    "dac",
    "ff",
    "cbf",
    "fae"
   ],
   "output": "gdea",
   "sizes": {
    "d": 7,
    "b": 4,
    "g": 11,
    "a": 12,
    "c": 3,
    "f": 6,
    "e": 4
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     1,
     2
    ],
    [
     1,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  db,bga,dac,ff,cbf,fae->gdea\n         Naive scaling:  7\n     Optimized scaling:  5\n      Naive FLOP count:  1.597e+06\n  Optimized FLOP count:  4.562e+04\n   Theoretical speedup:  34.996\n  Largest intermediate:  3.696e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                dac,db->cbda                bga,ff,cbf,fae,cbda->gdea\n   3                 cbf,ff->cbf                   bga,fae,cbda,cbf->gdea\n   5               cbf,fae->cbea                      bga,cbda,cbea->gdea\n   5             cbea,cbda->beda                           bga,beda->gdea\n   5              beda,bga->gdea                               gdea->gdea"
  },
  {
   "name": "random 23 greedy",
   "subscripts": "cfei,j,ja,df->ceadi",
   "inputs": [
    "cfei",
    "j",
    "ja",
    "df"
   ],
   "output": "ceadi",
   "sizes": {
    "c": 6,
    "f": 2,
    "e": 8,
    "i": 5,
    "j": 4,
    "a": 10,
    "d": 6
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     2
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  cfei,j,ja,df->ceadi\n         Naive scaling:  7\n     Optimized scaling:  5\n      Naive FLOP count:  4.608e+05\n  Optimized FLOP count:  2.024e+04\n   Theoretical speedup:  22.766\n  Largest intermediate:  1.440e+04 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                     ja,j->a                         cfei,df,a->ceadi\n   5               df,cfei->icde                            a,icde->ceadi\n   5               icde,a->ceadi                             ceadi->ceadi"
  },
  {
   "name": "random 23 optimal",
   "subscripts": "cfei,j,ja,df->ceadi",
   "inputs": [
    "cfei",
    "j",
    "ja",
    "df"
   ],
   "output": "ceadi",
   "sizes": {
    "c": 6,
    "f": 2,
    "e": 8,
    "i": 5,
    "j": 4,
    "a": 10,
    "d": 6
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  cfei,j,ja,df->ceadi\n         Naive scaling:  7\n     Optimized scaling:  5\n      Naive FLOP count:  4.608e+05\n  Optimized FLOP count:  2.024e+04\n   Theoretical speedup:  22.766\n  Largest intermediate:  1.440e+04 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5               df,cfei->icde                         j,ja,icde->ceadi\n   2                     ja,j->a                            icde,a->ceadi\n   5               a,icde->ceadi                             ceadi->ceadi"
  },
  {
   "name": "random 24 greedy",
   "subscripts": "dc,cdba,bd,bc->a",
   "inputs": [
    "dc",
    "cdba",
    "bd",
    "bc"
   ],
   "output": "a",
   "sizes": {
    "d": 7,
    "c": 3,
    "b": 9,
    "a": 9
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     2
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  dc,cdba,bd,bc->a\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  6.804e+03\n  Optimized FLOP count:  5.482e+03\n   Theoretical speedup:  1.241\n  Largest intermediate:  1.701e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4               bd,cdba->cdab                            dc,bc,cdab->a\n   4                cdab,bc->cda                                dc,cda->a\n   3                   cda,dc->a                                     a->a"
  },
  {
   "name": "random 24 optimal",
   "subscripts": "dc,cdba,bd,bc->a",
   "inputs": [
    "dc",
    "cdba",
    "bd",
    "bc"
   ],
   "output": "a",
   "sizes": {
    "d": 7,
    "c": 3,
    "b": 9,
    "a": 9
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  dc,cdba,bd,bc->a\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  6.804e+03\n  Optimized FLOP count:  3.781e+03\n   Theoretical speedup:  1.800\n  Largest intermediate:  1.890e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  bd,dc->cdb                           cdba,bc,cdb->a\n   3                 cdb,bc->cdb                              cdba,cdb->a\n   4                 cdb,cdba->a                                     a->a"
  },
  {
   "name": "random 24 greedy limit 850",
   "subscripts": "dc,cdba,bd,bc->a",
   "inputs": [
    "dc",
    "cdba",
    "bd",
    "bc"
   ],
   "output": "a",
   "sizes": {
    "d": 7,
    "c": 3,
    "b": 9,
    "a": 9
   },
   "strategy": "greedy",
   "memoryLimit": 850,
   "path": [
    [
     2,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  dc,cdba,bd,bc->a\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  6.804e+03\n  Optimized FLOP count:  3.970e+03\n   Theoretical speedup:  1.714\n  Largest intermediate:  1.890e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  bc,bd->cdb                           dc,cdba,cdb->a\n   4               cdb,cdba->cda                                dc,cda->a\n   3                   cda,dc->a                                     a->a"
  },
  {
   "name": "random 24 optimal limit 850",
   "subscripts": "dc,cdba,bd,bc->a",
   "inputs": [
    "dc",
    "cdba",
    "bd",
    "bc"
   ],
   "output": "a",
   "sizes": {
    "d": 7,
    "c": 3,
    "b": 9,
    "a": 9
   },
   "strategy": "optimal",
   "memoryLimit": 850,
   "path": [
    [
     0,
     2
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  dc,cdba,bd,bc->a\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  6.804e+03\n  Optimized FLOP count:  3.781e+03\n   Theoretical speedup:  1.800\n  Largest intermediate:  1.890e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  bd,dc->cdb                           cdba,bc,cdb->a\n   3                 cdb,bc->cdb                              cdba,cdb->a\n   4                 cdb,cdba->a                                     a->a"
  },
  {
   "name": "random 25 greedy",
   "subscripts": "ef,eb,cfd,edcf->b",
   "inputs": [
    "ef",
    "eb",
    "cfd",
    "edcf"
   ],
   "output": "b",
   "sizes": {
    "e": 6,
    "f": 6,
    "b": 4,
    "c": 12,
    "d": 12
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     2,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ef,eb,cfd,edcf->b\n         Naive scaling:  5\n     Optimized scaling:  4\n      Naive FLOP count:  8.294e+04\n  Optimized FLOP count:  1.049e+04\n   Theoretical speedup:  7.908\n  Largest intermediate:  3.600e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                edcf,cfd->ef                              ef,eb,ef->b\n   2                    ef,ef->e                                  eb,e->b\n   2                     e,eb->b                                     b->b"
  },
  {
   "name": "random 25 optimal",
   "subscripts": "ef,eb,cfd,edcf->b",
   "inputs": [
    "ef",
    "eb",
    "cfd",
    "edcf"
   ],
   "output": "b",
   "sizes": {
    "e": 6,
    "f": 6,
    "b": 4,
    "c": 12,
    "d": 12
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     2,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ef,eb,cfd,edcf->b\n         Naive scaling:  5\n     Optimized scaling:  4\n      Naive FLOP count:  8.294e+04\n  Optimized FLOP count:  1.049e+04\n   Theoretical speedup:  7.908\n  Largest intermediate:  3.600e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                edcf,cfd->ef                              ef,eb,ef->b\n   2                    ef,ef->e                                  eb,e->b\n   2                     e,eb->b                                     b->b"
  },
  {
   "name": "random 26 greedy",
   "subscripts": "ed,dfea,d->dfa",
   "inputs": [
    "ed",
    "dfea",
    "d"
   ],
   "output": "dfa",
   "sizes": {
    "e": 8,
    "d": 7,
    "f": 6,
    "a": 8
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ed,dfea,d->dfa\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  8.064e+03\n  Optimized FLOP count:  5.713e+03\n   Theoretical speedup:  1.412\n  Largest intermediate:  3.360e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                dfea,ed->fda                               d,fda->dfa\n   3                  fda,d->dfa                                 dfa->dfa"
  },
  {
   "name": "random 26 optimal",
   "subscripts": "ed,dfea,d->dfa",
   "inputs": [
    "ed",
    "dfea",
    "d"
   ],
   "output": "dfa",
   "sizes": {
    "e": 8,
    "d": 7,
    "f": 6,
    "a": 8
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ed,dfea,d->dfa\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  8.064e+03\n  Optimized FLOP count:  5.433e+03\n   Theoretical speedup:  1.484\n  Largest intermediate:  3.360e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                    d,ed->de                             dfea,de->dfa\n   4                de,dfea->dfa                                 dfa->dfa"
  },
  {
   "name": "random 27 greedy",
   "subscripts": "e,afh,ahe,bfha,hdfb,hcfah->dcebf",
   "inputs": [
    "e",
    "afh",
    "ahe",
    "bfha",
    "hdfb",
    "hcfah"
   ],
   "output": "dcebf",
   "sizes": {
    "e": 8,
    "a": 11,
    "f": 3,
    "h": 9,
    "b": 7,
    "d": 9,
    "c": 5
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     5
    ],
    [
     0,
     1
    ],
    [
     0,
     2
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  e,afh,ahe,bfha,hdfb,hcfah->dcebf\n         Naive scaling:  7\n     Optimized scaling:  6\n      Naive FLOP count:  4.491e+06\n  Optimized FLOP count:  3.151e+05\n   Theoretical speedup:  14.253\n  Largest intermediate:  1.040e+04 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4             hcfah,afh->fcha              e,ahe,bfha,hdfb,fcha->dcebf\n   3                  ahe,e->eha                bfha,hdfb,fcha,eha->dcebf\n   5            fcha,bfha->fcbha                    hdfb,eha,fcbha->dcebf\n   6            fcbha,eha->fcbeh                        hdfb,fcbeh->dcebf\n   6           fcbeh,hdfb->dcebf                             dcebf->dcebf"
  },
  {
   "name": "random 27 optimal",
   "subscripts": "e,afh,ahe,bfha,hdfb,hcfah->dcebf",
   "inputs": [
    "e",
    "afh",
    "ahe",
    "bfha",
    "hdfb",
    "hcfah"
   ],
   "output": "dcebf",
   "sizes": {
    "e": 8,
    "a": 11,
    "f": 3,
    "h": 9,
    "b": 7,
    "d": 9,
    "c": 5
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     3
    ],
    [
     0,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  e,afh,ahe,bfha,hdfb,hcfah->dcebf\n         Naive scaling:  7\n     Optimized scaling:  6\n      Naive FLOP count:  4.491e+06\n  Optimized FLOP count:  3.151e+05\n   Theoretical speedup:  14.253\n  Largest intermediate:  1.040e+04 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  ahe,e->eha           afh,bfha,hdfb,hcfah,eha->dcebf\n   4             hcfah,afh->fcha                bfha,hdfb,eha,fcha->dcebf\n   5            fcha,bfha->fcbha                    hdfb,eha,fcbha->dcebf\n   6            fcbha,eha->fcbeh                        hdfb,fcbeh->dcebf\n   6           fcbeh,hdfb->dcebf                             dcebf->dcebf"
  },
  {
   "name": "random 28 greedy",
   "subscripts": "gie,jc,ec,gbca->iaebj",
   "inputs": [
    "gie",
    "jc",
    "ec",
    "gbca"
   ],
   "output": "iaebj",
   "sizes": {
    "g": 10,
    "i": 5,
    "e": 8,
    "j": 11,
    "c": 8,
    "b": 2,
    "a": 8
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     2
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  gie,jc,ec,gbca->iaebj\n         Naive scaling:  7\n     Optimized scaling:  6\n      Naive FLOP count:  2.253e+06\n  Optimized FLOP count:  2.157e+05\n   Theoretical speedup:  10.442\n  Largest intermediate:  7.040e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  ec,jc->cej                      gie,gbca,cej->iaebj\n   6             gbca,gie->biace                         cej,biace->iaebj\n   6            biace,cej->iaebj                             iaebj->iaebj"
  },
  {
   "name": "random 28 optimal",
   "subscripts": "gie,jc,ec,gbca->iaebj",
   "inputs": [
    "gie",
    "jc",
    "ec",
    "gbca"
   ],
   "output": "iaebj",
   "sizes": {
    "g": 10,
    "i": 5,
    "e": 8,
    "j": 11,
    "c": 8,
    "b": 2,
    "a": 8
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  gie,jc,ec,gbca->iaebj\n         Naive scaling:  7\n     Optimized scaling:  6\n      Naive FLOP count:  2.253e+06\n  Optimized FLOP count:  2.157e+05\n   Theoretical speedup:  10.442\n  Largest intermediate:  7.040e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   6             gbca,gie->biace                       jc,ec,biace->iaebj\n   3                  ec,jc->cej                         biace,cej->iaebj\n   6            cej,biace->iaebj                             iaebj->iaebj"
  },
  {
   "name": "random 28 greedy limit 640",
   "subscripts": "gie,jc,ec,gbca->iaebj",
   "inputs": [
    "gie",
    "jc",
    "ec",
    "gbca"
   ],
   "output": "iaebj",
   "sizes": {
    "g": 10,
    "i": 5,
    "e": 8,
    "j": 11,
    "c": 8,
    "b": 2,
    "a": 8
   },
   "strategy": "greedy",
   "memoryLimit": 640,
   "path": [
    [
     0,
     1,
     2,
     3
    ]
   ],
   "report": "  Complete contraction:  gie,jc,ec,gbca->iaebj\n         Naive scaling:  7\n     Optimized scaling:  7\n      Naive FLOP count:  2.253e+06\n  Optimized FLOP count:  2.253e+06\n   Theoretical speedup:  1.000\n  Largest intermediate:  7.040e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   7       gbca,ec,jc,gie->iaebj                             iaebj->iaebj"
  },
  {
   "name": "random 28 optimal limit 640",
   "subscripts": "gie,jc,ec,gbca->iaebj",
   "inputs": [
    "gie",
    "jc",
    "ec",
    "gbca"
   ],
   "output": "iaebj",
   "sizes": {
    "g": 10,
    "i": 5,
    "e": 8,
    "j": 11,
    "c": 8,
    "b": 2,
    "a": 8
   },
   "strategy": "optimal",
   "memoryLimit": 640,
   "path": [
    [
     0,
     1,
     2,
     3
    ]
   ],
   "report": "  Complete contraction:  gie,jc,ec,gbca->iaebj\n         Naive scaling:  7\n     Optimized scaling:  7\n      Naive FLOP count:  2.253e+06\n  Optimized FLOP count:  2.253e+06\n   Theoretical speedup:  1.000\n  Largest intermediate:  7.040e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   7       gbca,ec,jc,gie->iaebj                             iaebj->iaebj"
  },
  {
   "name": "random 29 greedy",
   "subscripts": "eae,bgad,ab->gad",
   "inputs": [
    "eae",
    "bgad",
    "ab"
   ],
   "output": "gad",
   "sizes": {
    "e": 12,
    "a": 11,
    "b": 8,
    "g": 4,
    "d": 6
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  eae,bgad,ab->gad\n         Naive scaling:  5\n     Optimized scaling:  4\n      Naive FLOP count:  7.603e+04\n  Optimized FLOP count:  1.056e+04\n   Theoretical speedup:  7.199\n  Largest intermediate:  2.640e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                ab,bgad->gda                             eae,gda->gad\n   4                gda,eae->gad                                 gad->gad"
  },
  {
   "name": "random 29 optimal",
   "subscripts": "eae,bgad,ab->gad",
   "inputs": [
    "eae",
    "bgad",
    "ab"
   ],
   "output": "gad",
   "sizes": {
    "e": 12,
    "a": 11,
    "b": 8,
    "g": 4,
    "d": 6
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  eae,bgad,ab->gad\n         Naive scaling:  5\n     Optimized scaling:  4\n      Naive FLOP count:  7.603e+04\n  Optimized FLOP count:  6.337e+03\n   Theoretical speedup:  11.998\n  Largest intermediate:  2.640e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  ab,eae->ba                             bgad,ba->gad\n   4                ba,bgad->gad                                 gad->gad"
  },
  {
   "name": "random 30 greedy",
   "subscripts": "d,bdce,cea->ba",
   "inputs": [
    "d",
    "bdce",
    "cea"
   ],
   "output": "ba",
   "sizes": {
    "d": 9,
    "b": 4,
    "c": 4,
    "e": 7,
    "a": 4
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  d,bdce,cea->ba\n         Naive scaling:  5\n     Optimized scaling:  5\n      Naive FLOP count:  1.210e+04\n  Optimized FLOP count:  8.353e+03\n   Theoretical speedup:  1.448\n  Largest intermediate:  1.440e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5               cea,bdce->abd                                d,abd->ba\n   3                   abd,d->ba                                   ba->ba"
  },
  {
   "name": "random 30 optimal",
   "subscripts": "d,bdce,cea->ba",
   "inputs": [
    "d",
    "bdce",
    "cea"
   ],
   "output": "ba",
   "sizes": {
    "d": 9,
    "b": 4,
    "c": 4,
    "e": 7,
    "a": 4
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  d,bdce,cea->ba\n         Naive scaling:  5\n     Optimized scaling:  4\n      Naive FLOP count:  1.210e+04\n  Optimized FLOP count:  2.913e+03\n   Theoretical speedup:  4.152\n  Largest intermediate:  1.120e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                 bdce,d->bce                              cea,bce->ba\n   4                 bce,cea->ba                                   ba->ba"
  },
  {
   "name": "random 31 greedy",
   "subscripts": "da,acb,c,dbac->",
   "inputs": [
    "da",
    "acb",
    "c",
    "dbac"
   ],
   "output": "",
   "sizes": {
    "d": 12,
    "a": 3,
    "c": 11,
    "b": 11
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  da,acb,c,dbac->\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  1.742e+04\n  Optimized FLOP count:  9.527e+03\n   Theoretical speedup:  1.829\n  Largest intermediate:  3.960e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4               dbac,acb->acd                               da,c,acd->\n   3                   acd,da->c                                    c,c->\n   1                       c,c->                                       ->"
  },
  {
   "name": "random 31 optimal",
   "subscripts": "da,acb,c,dbac->",
   "inputs": [
    "da",
    "acb",
    "c",
    "dbac"
   ],
   "output": "",
   "sizes": {
    "d": 12,
    "a": 3,
    "c": 11,
    "b": 11
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     1,
     2
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  da,acb,c,dbac->\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  1.742e+04\n  Optimized FLOP count:  9.148e+03\n   Theoretical speedup:  1.905\n  Largest intermediate:  3.630e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                  c,acb->abc                            da,dbac,abc->\n   4                abc,dbac->ad                                  da,ad->\n   2                     ad,da->                                       ->"
  },
  {
   "name": "random 32 greedy",
   "subscripts": "icd,ab,h,bidc,jd,bja->ah",
   "inputs": [
    "icd",
    "ab",
    "h",
    "bidc",
    "jd",
    "bja"
   ],
   "output": "ah",
   "sizes": {
    "i": 2,
    "c": 11,
    "d": 9,
    "a": 4,
    "b": 7,
    "h": 6,
    "j": 12
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     2,
     3
    ],
    [
     2,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  icd,ab,h,bidc,jd,bja->ah\n         Naive scaling:  7\n     Optimized scaling:  4\n      Naive FLOP count:  2.395e+06\n  Optimized FLOP count:  9.405e+03\n   Theoretical speedup:  254.653\n  Largest intermediate:  2.520e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                bidc,icd->bd                       ab,h,jd,bja,bd->ah\n   4                 bja,jd->abd                          ab,h,bd,abd->ah\n   3                  abd,bd->ab                              ab,h,ab->ah\n   2                    ab,ab->a                                  h,a->ah\n   2                     a,h->ah                                   ah->ah"
  },
  {
   "name": "random 32 optimal",
   "subscripts": "icd,ab,h,bidc,jd,bja->ah",
   "inputs": [
    "icd",
    "ab",
    "h",
    "bidc",
    "jd",
    "bja"
   ],
   "output": "ah",
   "sizes": {
    "i": 2,
    "c": 11,
    "d": 9,
    "a": 4,
    "b": 7,
    "h": 6,
    "j": 12
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     2,
     4
    ],
    [
     2,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  icd,ab,h,bidc,jd,bja->ah\n         Naive scaling:  7\n     Optimized scaling:  4\n      Naive FLOP count:  2.395e+06\n  Optimized FLOP count:  5.037e+03\n   Theoretical speedup:  475.483\n  Largest intermediate:  8.400e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                bidc,icd->bd                       ab,h,jd,bja,bd->ah\n   3                   bd,jd->bj                          ab,h,bja,bj->ah\n   3                  bj,bja->ab                              ab,h,ab->ah\n   2                    ab,ab->a                                  h,a->ah\n   2                     a,h->ah                                   ah->ah"
  },
  {
   "name": "random 32 greedy limit 693",
   "subscripts": "icd,ab,h,bidc,jd,bja->ah",
   "inputs": [
    "icd",
    "ab",
    "h",
    "bidc",
    "jd",
    "bja"
   ],
   "output": "ah",
   "sizes": {
    "i": 2,
    "c": 11,
    "d": 9,
    "a": 4,
    "b": 7,
    "h": 6,
    "j": 12
   },
   "strategy": "greedy",
   "memoryLimit": 693,
   "path": [
    [
     0,
     3
    ],
    [
     2,
     3
    ],
    [
     2,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  icd,ab,h,bidc,jd,bja->ah\n         Naive scaling:  7\n     Optimized scaling:  4\n      Naive FLOP count:  2.395e+06\n  Optimized FLOP count:  9.405e+03\n   Theoretical speedup:  254.653\n  Largest intermediate:  2.520e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                bidc,icd->bd                       ab,h,jd,bja,bd->ah\n   4                 bja,jd->abd                          ab,h,bd,abd->ah\n   3                  abd,bd->ab                              ab,h,ab->ah\n   2                    ab,ab->a                                  h,a->ah\n   2                     a,h->ah                                   ah->ah"
  },
  {
   "name": "random 32 optimal limit 693",
   "subscripts": "icd,ab,h,bidc,jd,bja->ah",
   "inputs": [
    "icd",
    "ab",
    "h",
    "bidc",
    "jd",
    "bja"
   ],
   "output": "ah",
   "sizes": {
    "i": 2,
    "c": 11,
    "d": 9,
    "a": 4,
    "b": 7,
    "h": 6,
    "j": 12
   },
   "strategy": "optimal",
   "memoryLimit": 693,
   "path": [
    [
     0,
     3
    ],
    [
     2,
     4
    ],
    [
     2,
     3
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  icd,ab,h,bidc,jd,bja->ah\n         Naive scaling:  7\n     Optimized scaling:  4\n      Naive FLOP count:  2.395e+06\n  Optimized FLOP count:  5.037e+03\n   Theoretical speedup:  475.483\n  Largest intermediate:  8.400e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                bidc,icd->bd                       ab,h,jd,bja,bd->ah\n   3                   bd,jd->bj                          ab,h,bja,bj->ah\n   3                  bj,bja->ab                              ab,h,ab->ah\n   2                    ab,ab->a                                  h,a->ah\n   2                     a,h->ah                                   ah->ah"
  },
  {
   "name": "random 33 greedy",
   "subscripts": "bgd,eda,hbd->gahe",
   "inputs": [
    "bgd",
    "eda",
    "hbd"
   ],
   "output": "gahe",
   "sizes": {
    "b": 11,
    "g": 12,
    "d": 10,
    "e": 9,
    "a": 8,
    "h": 6
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  bgd,eda,hbd->gahe\n         Naive scaling:  6\n     Optimized scaling:  5\n      Naive FLOP count:  1.711e+06\n  Optimized FLOP count:  1.195e+05\n   Theoretical speedup:  14.313\n  Largest intermediate:  5.184e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                hbd,bgd->hdg                            eda,hdg->gahe\n   5               hdg,eda->gahe                               gahe->gahe"
  },
  {
   "name": "random 33 optimal",
   "subscripts": "bgd,eda,hbd->gahe",
   "inputs": [
    "bgd",
    "eda",
    "hbd"
   ],
   "output": "gahe",
   "sizes": {
    "b": 11,
    "g": 12,
    "d": 10,
    "e": 9,
    "a": 8,
    "h": 6
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  bgd,eda,hbd->gahe\n         Naive scaling:  6\n     Optimized scaling:  5\n      Naive FLOP count:  1.711e+06\n  Optimized FLOP count:  1.195e+05\n   Theoretical speedup:  14.313\n  Largest intermediate:  5.184e+03 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                hbd,bgd->hdg                            eda,hdg->gahe\n   5               hdg,eda->gahe                               gahe->gahe"
  },
  {
   "name": "random 34 greedy",
   "subscripts": "ec,cedb,bdec,bce->",
   "inputs": [
    "ec",
    "cedb",
    "bdec",
    "bce"
   ],
   "output": "",
   "sizes": {
    "e": 7,
    "c": 10,
    "d": 12,
    "b": 5
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     1,
     2
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ec,cedb,bdec,bce->\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  1.680e+04\n  Optimized FLOP count:  9.241e+03\n   Theoretical speedup:  1.818\n  Largest intermediate:  3.500e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4              bdec,cedb->bec                             ec,bce,bec->\n   3                 bec,bce->ec                                  ec,ec->\n   2                     ec,ec->                                       ->"
  },
  {
   "name": "random 34 optimal",
   "subscripts": "ec,cedb,bdec,bce->",
   "inputs": [
    "ec",
    "cedb",
    "bdec",
    "bce"
   ],
   "output": "",
   "sizes": {
    "e": 7,
    "c": 10,
    "d": 12,
    "b": 5
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     1,
     2
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  ec,cedb,bdec,bce->\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  1.680e+04\n  Optimized FLOP count:  9.241e+03\n   Theoretical speedup:  1.818\n  Largest intermediate:  3.500e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4              bdec,cedb->bec                             ec,bce,bec->\n   3                 bec,bce->ec                                  ec,ec->\n   2                     ec,ec->                                       ->"
  },
  {
   "name": "random 35 greedy",
   "subscripts": "gc,acgh,ae,gehb->b",
   "inputs": [
    "gc",
    "acgh",
    "ae",
    "gehb"
   ],
   "output": "b",
   "sizes": {
    "g": 3,
    "c": 11,
    "a": 9,
    "h": 2,
    "e": 9,
    "b": 10
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  gc,acgh,ae,gehb->b\n         Naive scaling:  6\n     Optimized scaling:  4\n      Naive FLOP count:  2.138e+05\n  Optimized FLOP count:  3.241e+03\n   Theoretical speedup:  65.980\n  Largest intermediate:  5.400e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                acgh,gc->hga                           ae,gehb,hga->b\n   4                 hga,ae->hge                              gehb,hge->b\n   4                 hge,gehb->b                                     b->b"
  },
  {
   "name": "random 35 optimal",
   "subscripts": "gc,acgh,ae,gehb->b",
   "inputs": [
    "gc",
    "acgh",
    "ae",
    "gehb"
   ],
   "output": "b",
   "sizes": {
    "g": 3,
    "c": 11,
    "a": 9,
    "h": 2,
    "e": 9,
    "b": 10
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ],
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  gc,acgh,ae,gehb->b\n         Naive scaling:  6\n     Optimized scaling:  4\n      Naive FLOP count:  2.138e+05\n  Optimized FLOP count:  3.241e+03\n   Theoretical speedup:  65.980\n  Largest intermediate:  5.400e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4                acgh,gc->hga                           ae,gehb,hga->b\n   4                 hga,ae->hge                              gehb,hge->b\n   4                 hge,gehb->b                                     b->b"
  },
  {
   "name": "random 36 greedy",
   "subscripts": "bb,cb,cbda,aca,badc,ba->b",
   "inputs": [
    "bb",
    "cb",
    "cbda",
    "aca",
    "badc",
    "ba"
   ],
   "output": "b",
   "sizes": {
    "b": 9,
    "c": 7,
    "d": 6,
    "a": 6
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     2,
     4
    ],
    [
     1,
     4
    ],
    [
     1,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  bb,cb,cbda,aca,badc,ba->b\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  1.361e+04\n  Optimized FLOP count:  5.788e+03\n   Theoretical speedup:  2.351\n  Largest intermediate:  3.780e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4              badc,cbda->acb                      bb,cb,aca,ba,acb->b\n   3                 acb,cb->acb                         bb,aca,ba,acb->b\n   3                 acb,aca->ab                              bb,ba,ab->b\n   2                    ab,ba->b                                  bb,b->b\n   1                     b,bb->b                                     b->b"
  },
  {
   "name": "random 36 optimal",
   "subscripts": "bb,cb,cbda,aca,badc,ba->b",
   "inputs": [
    "bb",
    "cb",
    "cbda",
    "aca",
    "badc",
    "ba"
   ],
   "output": "b",
   "sizes": {
    "b": 9,
    "c": 7,
    "d": 6,
    "a": 6
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     1,
     3
    ],
    [
     1,
     2
    ],
    [
     2,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  bb,cb,cbda,aca,badc,ba->b\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  1.361e+04\n  Optimized FLOP count:  5.788e+03\n   Theoretical speedup:  2.351\n  Largest intermediate:  3.780e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                 aca,cb->acb                   bb,cbda,badc,ba,acb->b\n   4              badc,cbda->acb                         bb,ba,acb,acb->b\n   3                 acb,acb->ab                              bb,ba,ab->b\n   2                    ab,ba->b                                  bb,b->b\n   1                     b,bb->b                                     b->b"
  },
  {
   "name": "random 36 greedy limit 1134",
   "subscripts": "bb,cb,cbda,aca,badc,ba->b",
   "inputs": [
    "bb",
    "cb",
    "cbda",
    "aca",
    "badc",
    "ba"
   ],
   "output": "b",
   "sizes": {
    "b": 9,
    "c": 7,
    "d": 6,
    "a": 6
   },
   "strategy": "greedy",
   "memoryLimit": 1134,
   "path": [
    [
     2,
     4
    ],
    [
     1,
     4
    ],
    [
     1,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  bb,cb,cbda,aca,badc,ba->b\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  1.361e+04\n  Optimized FLOP count:  5.788e+03\n   Theoretical speedup:  2.351\n  Largest intermediate:  3.780e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   4              badc,cbda->acb                      bb,cb,aca,ba,acb->b\n   3                 acb,cb->acb                         bb,aca,ba,acb->b\n   3                 acb,aca->ab                              bb,ba,ab->b\n   2                    ab,ba->b                                  bb,b->b\n   1                     b,bb->b                                     b->b"
  },
  {
   "name": "random 36 optimal limit 1134",
   "subscripts": "bb,cb,cbda,aca,badc,ba->b",
   "inputs": [
    "bb",
    "cb",
    "cbda",
    "aca",
    "badc",
    "ba"
   ],
   "output": "b",
   "sizes": {
    "b": 9,
    "c": 7,
    "d": 6,
    "a": 6
   },
   "strategy": "optimal",
   "memoryLimit": 1134,
   "path": [
    [
     1,
     3
    ],
    [
     1,
     2
    ],
    [
     2,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  bb,cb,cbda,aca,badc,ba->b\n         Naive scaling:  4\n     Optimized scaling:  4\n      Naive FLOP count:  1.361e+04\n  Optimized FLOP count:  5.788e+03\n   Theoretical speedup:  2.351\n  Largest intermediate:  3.780e+02 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   3                 aca,cb->acb                   bb,cbda,badc,ba,acb->b\n   4              badc,cbda->acb                         bb,ba,acb,acb->b\n   3                 acb,acb->ab                              bb,ba,ab->b\n   2                    ab,ba->b                                  bb,b->b\n   1                     b,bb->b                                     b->b"
  },
  {
   "name": "random 37 greedy",
   "subscripts": "fg,fg,gf,fg->",
   "inputs": [
    "fg",
    "fg",
    "gf",
    "fg"
   ],
   "output": "",
   "sizes": {
    "f": 5,
    "g": 12
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  fg,fg,gf,fg->\n         Naive scaling:  2\n     Optimized scaling:  2\n      Naive FLOP count:  2.400e+02\n  Optimized FLOP count:  2.410e+02\n   Theoretical speedup:  0.996\n  Largest intermediate:  6.000e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                   fg,fg->fg                               gf,fg,fg->\n   2                   fg,gf->fg                                  fg,fg->\n   2                     fg,fg->                                       ->"
  },
  {
   "name": "random 37 optimal",
   "subscripts": "fg,fg,gf,fg->",
   "inputs": [
    "fg",
    "fg",
    "gf",
    "fg"
   ],
   "output": "",
   "sizes": {
    "f": 5,
    "g": 12
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     1
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  fg,fg,gf,fg->\n         Naive scaling:  2\n     Optimized scaling:  2\n      Naive FLOP count:  2.400e+02\n  Optimized FLOP count:  2.410e+02\n   Theoretical speedup:  0.996\n  Largest intermediate:  6.000e+01 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                   fg,fg->fg                               gf,fg,fg->\n   2                   fg,gf->fg                                  fg,fg->\n   2                     fg,fg->                                       ->"
  },
  {
   "name": "random 38 greedy",
   "subscripts": "gbg,acj,die,g,e->daicjeb",
   "inputs": [
    "gbg",
    "acj",
    "die",
    "g",
    "e"
   ],
   "output": "daicjeb",
   "sizes": {
    "g": 3,
    "b": 12,
    "a": 4,
    "c": 6,
    "j": 9,
    "d": 4,
    "i": 8,
    "e": 8
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     1,
     2
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  gbg,acj,die,g,e->daicjeb\n         Naive scaling:  8\n     Optimized scaling:  7\n      Naive FLOP count:  9.953e+06\n  Optimized FLOP count:  6.665e+05\n   Theoretical speedup:  14.934\n  Largest intermediate:  6.636e+05 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                    g,gbg->b                     acj,die,e,b->daicjeb\n   3                  e,die->dei                       acj,b,dei->daicjeb\n   4                 b,acj->acjb                        dei,acjb->daicjeb\n   7           acjb,dei->daicjeb                         daicjeb->daicjeb"
  },
  {
   "name": "random 38 optimal",
   "subscripts": "gbg,acj,die,g,e->daicjeb",
   "inputs": [
    "gbg",
    "acj",
    "die",
    "g",
    "e"
   ],
   "output": "daicjeb",
   "sizes": {
    "g": 3,
    "b": 12,
    "a": 4,
    "c": 6,
    "j": 9,
    "d": 4,
    "i": 8,
    "e": 8
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     3
    ],
    [
     0,
     3
    ],
    [
     0,
     1
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  gbg,acj,die,g,e->daicjeb\n         Naive scaling:  8\n     Optimized scaling:  7\n      Naive FLOP count:  9.953e+06\n  Optimized FLOP count:  6.665e+05\n   Theoretical speedup:  14.934\n  Largest intermediate:  6.636e+05 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   2                    g,gbg->b                     acj,die,e,b->daicjeb\n   4                 b,acj->acjb                      die,e,acjb->daicjeb\n   3                  e,die->dei                        acjb,dei->daicjeb\n   7           dei,acjb->daicjeb                         daicjeb->daicjeb"
  },
  {
   "name": "random 39 greedy",
   "subscripts": "fdc,abd,gcef->geacb",
   "inputs": [
    "fdc",
    "abd",
    "gcef"
   ],
   "output": "geacb",
   "sizes": {
    "f": 9,
    "d": 8,
    "c": 8,
    "a": 12,
    "b": 11,
    "g": 10,
    "e": 6
   },
   "strategy": "greedy",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  fdc,abd,gcef->geacb\n         Naive scaling:  7\n     Optimized scaling:  6\n      Naive FLOP count:  1.369e+07\n  Optimized FLOP count:  1.083e+06\n   Theoretical speedup:  12.638\n  Largest intermediate:  6.336e+04 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5              gcef,fdc->ecdg                          abd,ecdg->geacb\n   6             ecdg,abd->geacb                             geacb->geacb"
  },
  {
   "name": "random 39 optimal",
   "subscripts": "fdc,abd,gcef->geacb",
   "inputs": [
    "fdc",
    "abd",
    "gcef"
   ],
   "output": "geacb",
   "sizes": {
    "f": 9,
    "d": 8,
    "c": 8,
    "a": 12,
    "b": 11,
    "g": 10,
    "e": 6
   },
   "strategy": "optimal",
   "memoryLimit": null,
   "path": [
    [
     0,
     2
    ],
    [
     0,
     1
    ]
   ],
   "report": "  Complete contraction:  fdc,abd,gcef->geacb\n         Naive scaling:  7\n     Optimized scaling:  6\n      Naive FLOP count:  1.369e+07\n  Optimized FLOP count:  1.083e+06\n   Theoretical speedup:  12.638\n  Largest intermediate:  6.336e+04 elements\n--------------------------------------------------------------------------\nscaling                  current                                remaining\n--------------------------------------------------------------------------\n   5              gcef,fdc->ecdg                          abd,ecdg->geacb\n   6             ecdg,abd->geacb                             geacb->geacb"
  }
 ]
}
"""#
