"""Records NumPy's np.einsum_path choices and reports into the einsum-path test fixtures.

Run from the package root:  python3 docs/research/einsum-path-fixtures.py
Writes Tests/PeakmemEngineTests/EinsumPathFixtures.swift (a JSON document in a Swift string, so the
tests need neither Python nor a resource bundle). Each case holds the subscripts as NumPy parsed
them (read back from the report's "Complete contraction" line), each label's size, the optimize
argument, and NumPy's path and report text.
"""
import json
import random

import numpy as np

OUT = 'Tests/PeakmemEngineTests/EinsumPathFixtures.swift'


def record(name, subscripts, shapes, optimize):
    operands = [np.empty(shape) for shape in shapes]
    path, report = np.einsum_path(subscripts, *operands, optimize=optimize)
    complete = report.splitlines()[0].split('Complete contraction:  ')[1]
    lhs, output = complete.split('->')
    inputs = lhs.split(',')
    sizes = {}
    for term, shape in zip(inputs, shapes):
        for label, dim in zip(term, shape):
            if sizes.get(label, 1) == 1:
                sizes[label] = dim
    if isinstance(optimize, tuple):
        strategy, limit = optimize[0], int(optimize[1])
    elif isinstance(optimize, list):
        strategy, limit = 'explicit', None
    else:
        strategy, limit = ('greedy' if optimize is True else optimize), None
    case = {
        'name': name, 'subscripts': subscripts, 'inputs': inputs, 'output': output,
        'sizes': sizes, 'strategy': strategy, 'memoryLimit': limit,
        'path': [list(step) for step in path[1:]], 'report': report,
    }
    if strategy == 'explicit':
        case['explicitPath'] = [list(step) for step in optimize[1:]]
    return case


def seed002(n, q, strategies=('greedy', 'optimal')):
    """The expressions of seed 002 (D, D1, C+C2 and the four E terms)."""
    cases = []
    exprs = [
        ('C', 'i, jk -> ijk', [(q,), (n, n)]),
        ('C2', 'j, ik -> ijk', [(n,), (q, n)]),
        ('D', 'ijk, ikj -> k', [(q, n, n), (q, n, n)]),
        ('D1 / E_CC', 'i, jk, i, kj -> k', [(q,), (n, n), (q,), (n, n)]),
        ('E_C2C2', 'j, ik, k, ij -> k', [(n,), (q, n), (n,), (q, n)]),
        ('E_CC2', 'i, jk, k, ij -> k', [(q,), (n, n), (n,), (q, n)]),
        ('E_C2C', 'j, ik, i, kj -> k', [(n,), (q, n), (q,), (n, n)]),
    ]
    for label, subscripts, shapes in exprs:
        for strategy in strategies:
            cases.append(record(f'seed 002 {label} n={n} q={q} {strategy}', subscripts, shapes, strategy))
    return cases


def random_case(rng, index):
    letters = 'abcdefghij'
    count = rng.randint(3, 6)
    pool = letters[:rng.randint(4, 10)]
    sizes = {label: rng.randint(2, 12) for label in pool}
    terms = []
    for _ in range(count):
        width = rng.randint(1, 4)
        term = ''.join(rng.sample(pool, width))
        if rng.random() < 0.08:
            term += term[0]                       # a repeated label: a diagonal or trace
        terms.append(term)
    used = sorted(set(''.join(terms)))
    once = [label for label in used if ''.join(terms).count(label) == 1]
    extra = [label for label in used if label not in once and rng.random() < 0.2]
    output = ''.join(rng.sample(once + extra, len(once + extra)))
    if rng.random() < 0.15:
        output = ''                               # a full contraction to a scalar
    subscripts = ','.join(terms) + '->' + output
    shapes = [tuple(sizes[label] for label in term) for term in terms]
    return subscripts, shapes


def main():
    cases = []
    cases += seed002(100, 102)
    cases += seed002(7, 9)
    # NumPy's docstring examples.
    cases.append(record('doc chain', 'ij,jk,kl->il', [(2, 2), (2, 5), (5, 2)], 'greedy'))
    sizes = {'a': 10, 'b': 10, 'c': 10, 'd': 10, 'e': 10, 'f': 10, 'g': 10, 'h': 10}
    terms = ['ea', 'fb', 'abcd', 'gc', 'hd']
    for strategy in ('greedy', 'optimal'):
        cases.append(record(f'doc transform {strategy}', 'ea,fb,abcd,gc,hd->efgh',
                            [tuple(sizes[c] for c in t) for t in terms], strategy))
        cases.append(record(f'doc five {strategy}', 'ijk,ilm,njm,nlk,abc->', [(2, 4, 8)] * 5, strategy))
    cases.append(record('optimize=True', 'ij,jk,kl->il', [(3, 4), (4, 5), (5, 6)], True))
    # Ellipsis, broadcasting, all labels kept, single operand.
    cases.append(record('ellipsis', '...ij,...jk,...kl->...il', [(3, 4, 5), (1, 5, 6), (3, 6, 2)], 'greedy'))
    cases.append(record('hadamard', 'ij,ij,ij->ij', [(4, 5)] * 3, 'optimal'))
    cases.append(record('single operand trace', 'ii->', [(6, 6)], 'greedy'))
    cases.append(record('outer products only', 'i,j,k->ijk', [(2,), (3,), (4,)], 'greedy'))
    # memory_limit: tuples, small enough to force NumPy's fallbacks.
    cases.append(record('memory limit greedy', 'ij,jk,kl,lm->im', [(10, 20), (20, 30), (30, 40), (40, 5)], ('greedy', 300)))
    cases.append(record('memory limit optimal', 'ij,jk,kl,lm->im', [(10, 20), (20, 30), (30, 40), (40, 5)], ('optimal', 300)))
    cases.append(record('memory limit fallback greedy', 'ij,jk,kl,lm->im', [(10, 20), (20, 30), (30, 40), (40, 5)], ('greedy', 10)))
    cases.append(record('memory limit fallback optimal', 'ij,jk,kl,lm->im', [(10, 20), (20, 30), (30, 40), (40, 5)], ('optimal', 10)))
    cases.append(record('memory limit late fallback optimal', 'ab,bc,cd,de,ef->af', [(4, 8), (8, 16), (16, 2), (2, 9), (9, 3)], ('optimal', 40)))
    # Explicit paths.
    cases.append(record('explicit pairs', 'ij,jk,kl->il', [(3, 4), (4, 5), (5, 6)], ['einsum_path', (0, 2), (0, 1)]))
    cases.append(record('explicit triple', 'ij,jk,kl,lm->im', [(3, 4), (4, 5), (5, 6), (6, 2)], ['einsum_path', (1, 2, 3), (0, 1)]))

    rng = random.Random(20260)
    for index in range(40):
        subscripts, shapes = random_case(rng, index)
        for strategy in ('greedy', 'optimal'):
            cases.append(record(f'random {index} {strategy}', subscripts, shapes, strategy))
        if index % 4 == 0:
            limit = max(int(np.prod(shape)) for shape in shapes) // 2
            for strategy in ('greedy', 'optimal'):
                cases.append(record(f'random {index} {strategy} limit {limit}', subscripts, shapes, (strategy, limit)))

    document = json.dumps({'numpy': np.__version__, 'cases': cases}, indent=1, ensure_ascii=False)
    assert '"""#' not in document
    with open(OUT, 'w') as out:
        out.write('// GENERATED from NumPy %s by docs/research/einsum-path-fixtures.py; do not edit.\n' % np.__version__)
        out.write('// Regenerate from the package root with: python3 docs/research/einsum-path-fixtures.py\n\n')
        out.write('/// np.einsum_path paths and reports recorded from NumPy (JSON).\n')
        out.write('let einsumPathFixtureJSON = #"""\n')
        out.write(document)
        out.write('\n"""#\n')
    print(f'{len(cases)} cases written to {OUT}')


if __name__ == '__main__':
    main()
