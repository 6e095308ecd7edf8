// GENERATED from NumPy 2.4.6 by the Python script in the `//|` lines below; do not edit.
// Regenerate from the package root with:
//   python3 -c "$(sed -n 's/^\/\/| \{0,1\}//p' Tests/PeakmemEngineTests/RandomStateFixtures.swift)"
//
//| # Generates RandomStateFixtures.swift: NumPy's legacy np.random outputs as IEEE-754 bit patterns.
//| import struct
//| import numpy as np
//|
//| PATH = 'Tests/PeakmemEngineTests/RandomStateFixtures.swift'
//| SCRIPT = [line for line in open(PATH).read().splitlines() if line.startswith('//|')]
//|
//| SEEDS = [
//|     ('0', '.integer(0)', 0),
//|     ('1', '.integer(1)', 1),
//|     ('42', '.integer(42)', 42),
//|     ('12345', '.integer(12345)', 12345),
//|     ('2**32 - 1', '.integer(4294967295)', 2**32 - 1),
//|     ('[0]', '.array([0])', [0]),
//|     ('[1, 2, 3]', '.array([1, 2, 3])', [1, 2, 3]),
//|     ('[2**32 - 1, 5, 0, 12345678]', '.array([4294967295, 5, 0, 12345678])', [2**32 - 1, 5, 0, 12345678]),
//|     ('list(range(1000, 1700))', '.array(Array(1000 ..< 1700))', list(range(1000, 1700))),
//| ]
//|
//| R = np.random
//| I64, I32, U8, B = 'int64', 'int32', 'uint8', 'bool'
//|
//|
//| def randint(low, high, size, dtype):
//|     swift_high = 'nil' if high is None else str(high)
//|     swift_size = 'nil' if size is None else str(list(size))
//|     call = f'.randint(low: {low}, high: {swift_high}, size: {swift_size}, dtype: .{dtype})'
//|     args = (low,) if high is None else (low, high)
//|     return (call, lambda: R.randint(*args, size=size, dtype=getattr(np, dtype if dtype != B else 'bool_')), None)
//|
//|
//| SEQUENCES = {
//|     'randn': [
//|         ('.randn(size: [4, 5])', lambda: R.randn(4, 5), None),
//|         ('.randn(size: [3])', lambda: R.randn(3), None),
//|     ],
//|     'rand': [
//|         ('.rand(size: [2, 5])', lambda: R.rand(2, 5), None),
//|         ('.rand(size: nil)', lambda: R.rand(), None),
//|     ],
//|     'normal': [
//|         ('.normal(loc: 3, scale: 2, size: [9])', lambda: R.normal(3, 2, 9), None),
//|         ('.normal(loc: 3, scale: 2, size: nil)', lambda: R.normal(3, 2), None),
//|     ],
//|     'uniform': [
//|         ('.uniform(low: -1, high: 4, size: [3, 3])', lambda: R.uniform(-1, 4, (3, 3)), None),
//|         ('.uniform(low: -1, high: 4, size: nil)', lambda: R.uniform(-1, 4), None),
//|     ],
//|     'mixed': [
//|         ('.rand(size: nil)', lambda: R.rand(), None),
//|         ('.randn(size: nil)', lambda: R.randn(), None),
//|         ('.rand(size: [3])', lambda: R.rand(3), None),
//|         ('.randn(size: [3])', lambda: R.randn(3), None),
//|         ('.randomSample(size: [2])', lambda: R.random_sample(2), None),
//|         ('.normal(loc: 3, scale: 2, size: nil)', lambda: R.normal(3, 2), None),
//|         ('.uniform(low: -1, high: 4, size: [2])', lambda: R.uniform(-1, 4, 2), None),
//|         ('.randn(size: [5])', lambda: R.randn(5), None),
//|         randint(0, 10, (5,), I64),
//|         ('.randn(size: nil)', lambda: R.randn(), None),
//|         ('.randn(size: nil)', lambda: R.randn(), None),
//|         ('.rand(size: nil)', lambda: R.rand(), None),
//|     ],
//|     'randint': [
//|         randint(0, 10, (8,), I64),
//|         randint(-5, 2**40, (4,), I64),
//|         randint(0, 2**32, (3,), I64),
//|         randint(-2**63, 2**63 - 1, (3,), I64),
//|         randint(5, None, None, I64),
//|         randint(7, 8, (2,), I64),
//|         randint(-3, 100, (5,), I32),
//|         randint(-2**31, 2**31, (3,), I32),
//|         randint(0, 256, (6,), U8),
//|         randint(3, 10, (9,), U8),
//|         randint(0, 2, (40,), B),
//|         randint(1000, None, None, I32),
//|         randint(0, 10, (2, 3), I64),
//|     ],
//| }
//| LONG = [
//|     ('.randn(size: [1000, 500])', lambda: R.randn(1000, 500), [0, 1, 623, 624, 311, 250000, 499999]),
//|     ('.rand(size: [1000])', lambda: R.rand(1000), [0, 311, 312, 999]),
//| ]
//| LONG_SEEDS = {'0', '[1, 2, 3]'}
//|
//|
//| def bits(value):
//|     a = np.asarray(value)
//|     if a.dtype == np.float64:
//|         return [int(w) for w in a.ravel().view(np.uint64)]
//|     return [int(w) for w in a.astype(np.int64).ravel().view(np.uint64)]
//|
//|
//| def hexlist(words, indent):
//|     rows = [', '.join(f'0x{w:016x}' for w in words[i:i + 4]) for i in range(0, len(words), 4)]
//|     return '[\n' + ''.join(f'{indent}    {row},\n' for row in rows) + f'{indent}]'
//|
//|
//| out = []
//| out.append('// GENERATED from NumPy %s by the Python script in the `//|` lines below; do not edit.' % np.__version__)
//| out.append('// Regenerate from the package root with:')
//| out.append('''//   python3 -c "$(sed -n 's/^\\/\\/| \\{0,1\\}//p' Tests/PeakmemEngineTests/RandomStateFixtures.swift)"''')
//| out.append('//')
//| out.extend(SCRIPT)
//| out.append('')
//| out.append('@testable import PeakmemEngine')
//| out.append('')
//| names = []
//| for seed_text, seed_swift, seed in SEEDS:
//|     sequences = dict(SEQUENCES)
//|     if seed_text in LONG_SEEDS:
//|         sequences['long'] = LONG
//|     for seq_name, steps in sequences.items():
//|         R.seed(seed)
//|         state = R.get_state()
//|         key = [int(k) for k in state[1]]
//|         name = f'fixture{len(names)}'
//|         names.append(name)
//|         out.append(f'/// np.random.seed({seed_text}), then {seq_name}.')
//|         out.append(f'let {name} = RandomFixture(')
//|         out.append(f'    name: "seed {seed_text}: {seq_name}",')
//|         out.append(f'    seed: {seed_swift},')
//|         out.append(f'    keyHead: [{", ".join(str(k) for k in key[:4])}], keyLast: {key[-1]}, position: {state[2]},')
//|         out.append('    steps: [')
//|         for call, fn, picks in steps:
//|             words = bits(fn())
//|             if picks is not None:
//|                 words = [words[i] for i in picks]
//|             picks_text = 'nil' if picks is None else str(picks)
//|             out.append(f'        FixtureStep(call: {call}, picks: {picks_text}, expected: {hexlist(words, "        ")}),')
//|         out.append('    ]')
//|         out.append(')')
//|         out.append('')
//| out.append('/// Every fixture above, in order.')
//| out.append('let randomStateFixtures: [RandomFixture] = [')
//| for i in range(0, len(names), 8):
//|     out.append('    ' + ', '.join(names[i:i + 8]) + ',')
//| out.append(']')
//| open(PATH, 'w').write('\n'.join(out) + '\n')

@testable import PeakmemEngine

/// np.random.seed(0), then randn.
let fixture0 = RandomFixture(
    name: "seed 0: randn",
    seed: .integer(0),
    keyHead: [0, 1, 1812433255, 1900727105], keyLast: 1796872496, position: 624,
    steps: [
        FixtureStep(call: .randn(size: [4, 5]), picks: nil, expected: [
            0x3ffc398ef3e5cfa5, 0x3fd99c2cfacc8953, 0x3fef51d25222c9ab, 0x4001ed5969e3314e,
            0x3ffde1847cb13dda, 0xbfef45dc42a58c82, 0x3fee671fd33295e9, 0xbfc35fac49d38436,
            0xbfba6c8cf8c8b459, 0x3fda473ef0672966, 0x3fc270050daae1ed, 0x3ff744b44bfd85f7,
            0x3fe85a6bc990ea13, 0x3fbf26180893b390, 0x3fdc6841552275cb, 0x3fd55aeb90e595e4,
            0x3ff7e7bf754d993b, 0xbfca42a040b06ab6, 0x3fd4094d1d019184, 0xbfeb54c0967e85f0,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0xc0046c85ecb03a3a, 0x3fe4ea718b6f2966, 0x3feba9761a72906c,
        ]),
    ]
)

/// np.random.seed(0), then rand.
let fixture1 = RandomFixture(
    name: "seed 0: rand",
    seed: .integer(0),
    keyHead: [0, 1, 1812433255, 1900727105], keyLast: 1796872496, position: 624,
    steps: [
        FixtureStep(call: .rand(size: [2, 5]), picks: nil, expected: [
            0x3fe18fe1565f12a8, 0x3fe6e2d4cf608733, 0x3fe349d66b6e894b, 0x3fe16faedb6395f5,
            0x3fdb1d2904fd0ef6, 0x3fe4ab2a21899b5b, 0x3fdc016dca6159d2, 0x3fec8967883a12f7,
            0x3feed65349173336, 0x3fd88a4e4bd24216,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fe955cfbf3fa928,
        ]),
    ]
)

/// np.random.seed(0), then normal.
let fixture2 = RandomFixture(
    name: "seed 0: normal",
    seed: .integer(0),
    keyHead: [0, 1, 1812433255, 1900727105], keyLast: 1796872496, position: 624,
    steps: [
        FixtureStep(call: .normal(loc: 3, scale: 2, size: [9]), picks: nil, expected: [
            0x401a1cc779f2e7d2, 0x400e670b3eb32255, 0x4013d4749488b26b, 0x401ded5969e3314e,
            0x401af0c23e589eed, 0x3ff0ba23bd5a737e, 0x401399c7f4cca57a, 0x4005940a76c58f79,
            0x40065937307374ba,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x400e91cfbc19ca5a,
        ]),
    ]
)

/// np.random.seed(0), then uniform.
let fixture3 = RandomFixture(
    name: "seed 0: uniform",
    seed: .integer(0),
    keyHead: [0, 1, 1812433255, 1900727105], keyLast: 1796872496, position: 624,
    steps: [
        FixtureStep(call: .uniform(low: -1, high: 4, size: [3, 3]), picks: nil, expected: [
            0x3ffbe7b357edaea4, 0x40049b8a0338a900, 0x40001c4c064a2b9e, 0x3ffb97352478f6e4,
            0x3ff1e473463c52b4, 0x4001d5f4a9ec0232, 0x3ff301c93cf9b046, 0x400babc16a4897b4,
            0x400e8be81b5d0004,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: nil), picks: nil, expected: [
            0x3fed59c3bd8da538,
        ]),
    ]
)

/// np.random.seed(0), then mixed.
let fixture4 = RandomFixture(
    name: "seed 0: mixed",
    seed: .integer(0),
    keyHead: [0, 1, 1812433255, 1900727105], keyLast: 1796872496, position: 624,
    steps: [
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fe18fe1565f12a8,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0x3fe7bb1e9a384a31,
        ]),
        FixtureStep(call: .rand(size: [3]), picks: nil, expected: [
            0x3fe16faedb6395f5, 0x3fdb1d2904fd0ef6, 0x3fe4ab2a21899b5b,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0x3ff8d8bc0f1200c2, 0x3fee671fd33295e9, 0xbfc35fac49d38436,
        ]),
        FixtureStep(call: .randomSample(size: [2]), picks: nil, expected: [
            0x3feed65349173336, 0x3fd88a4e4bd24216,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x400a4e00a1b55c3e,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: [2]), picks: nil, expected: [
            0x3ffd718d77ed8770, 0x400d061c0d2e2e4a,
        ]),
        FixtureStep(call: .randn(size: [5]), picks: nil, expected: [
            0x3ff744b44bfd85f7, 0x3fdc6841552275cb, 0x3fd55aeb90e595e4, 0x3ff7e7bf754d993b,
            0xbfca42a040b06ab6,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [5], dtype: .int64), picks: nil, expected: [
            0x0000000000000007, 0x0000000000000000, 0x0000000000000001, 0x0000000000000009,
            0x0000000000000009,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0x3fa11ee840b7370a,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0x3fe5c734f5277d9d,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fda89d23bc9ef04,
        ]),
    ]
)

/// np.random.seed(0), then randint.
let fixture5 = RandomFixture(
    name: "seed 0: randint",
    seed: .integer(0),
    keyHead: [0, 1, 1812433255, 1900727105], keyLast: 1796872496, position: 624,
    steps: [
        FixtureStep(call: .randint(low: 0, high: 10, size: [8], dtype: .int64), picks: nil, expected: [
            0x0000000000000005, 0x0000000000000000, 0x0000000000000003, 0x0000000000000003,
            0x0000000000000007, 0x0000000000000009, 0x0000000000000003, 0x0000000000000005,
        ]),
        FixtureStep(call: .randint(low: -5, high: 1099511627776, size: [4], dtype: .int64), picks: nil, expected: [
            0x000000f27005b71f, 0x00000057e44b3c41, 0x000000c1caae7de1, 0x000000278765a852,
        ]),
        FixtureStep(call: .randint(low: 0, high: 4294967296, size: [3], dtype: .int64), picks: nil, expected: [
            0x000000007adfc8ae, 0x00000000916b5e58, 0x00000000648d8b51,
        ]),
        FixtureStep(call: .randint(low: -9223372036854775808, high: 9223372036854775807, size: [3], dtype: .int64), picks: nil, expected: [
            0x6cf3e6a5d6094219, 0x922f6b4d565f9848, 0x964e1b09a5ee9794,
        ]),
        FixtureStep(call: .randint(low: 5, high: nil, size: nil, dtype: .int64), picks: nil, expected: [
            0x0000000000000003,
        ]),
        FixtureStep(call: .randint(low: 7, high: 8, size: [2], dtype: .int64), picks: nil, expected: [
            0x0000000000000007, 0x0000000000000007,
        ]),
        FixtureStep(call: .randint(low: -3, high: 100, size: [5], dtype: .int32), picks: nil, expected: [
            0x000000000000004d, 0x0000000000000042, 0x000000000000004c, 0x000000000000002c,
            0x000000000000003d,
        ]),
        FixtureStep(call: .randint(low: -2147483648, high: 2147483648, size: [3], dtype: .int32), picks: nil, expected: [
            0x000000007a86bb52, 0xfffffffff93e6063, 0x000000004c95a7d8,
        ]),
        FixtureStep(call: .randint(low: 0, high: 256, size: [6], dtype: .uint8), picks: nil, expected: [
            0x00000000000000b1, 0x000000000000007c, 0x0000000000000008, 0x00000000000000cd,
            0x00000000000000f3, 0x0000000000000082,
        ]),
        FixtureStep(call: .randint(low: 3, high: 10, size: [9], dtype: .uint8), picks: nil, expected: [
            0x0000000000000008, 0x0000000000000006, 0x0000000000000009, 0x0000000000000008,
            0x0000000000000006, 0x0000000000000005, 0x0000000000000003, 0x0000000000000006,
            0x0000000000000007,
        ]),
        FixtureStep(call: .randint(low: 0, high: 2, size: [40], dtype: .bool), picks: nil, expected: [
            0x0000000000000000, 0x0000000000000001, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000000, 0x0000000000000001,
        ]),
        FixtureStep(call: .randint(low: 1000, high: nil, size: nil, dtype: .int32), picks: nil, expected: [
            0x0000000000000120,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [2, 3], dtype: .int64), picks: nil, expected: [
            0x0000000000000001, 0x0000000000000009, 0x0000000000000009, 0x0000000000000000,
            0x0000000000000004, 0x0000000000000007,
        ]),
    ]
)

/// np.random.seed(0), then long.
let fixture6 = RandomFixture(
    name: "seed 0: long",
    seed: .integer(0),
    keyHead: [0, 1, 1812433255, 1900727105], keyLast: 1796872496, position: 624,
    steps: [
        FixtureStep(call: .randn(size: [1000, 500]), picks: [0, 1, 623, 624, 311, 250000, 499999], expected: [
            0x3ffc398ef3e5cfa5, 0x3fd99c2cfacc8953, 0xbfd3580f40e1e0b9, 0xbfd802690d4fee28,
            0x3ff13e704a022765, 0xbff122bf0fddce55, 0xbfef53964b685472,
        ]),
        FixtureStep(call: .rand(size: [1000]), picks: [0, 311, 312, 999], expected: [
            0x3fdab852a89df544, 0x3fea19081fed81cc, 0x3fe8f3497a494333, 0x3fd1d9874b92931e,
        ]),
    ]
)

/// np.random.seed(1), then randn.
let fixture7 = RandomFixture(
    name: "seed 1: randn",
    seed: .integer(1),
    keyHead: [1, 1812433254, 3713160357, 3109174145], keyLast: 2069268389, position: 624,
    steps: [
        FixtureStep(call: .randn(size: [4, 5]), picks: nil, expected: [
            0x3ff9fd5190657c50, 0xbfe393822fb7d9ad, 0xbfe0e6c872548fd2, 0xbff12ae1255cb80c,
            0x3febb16b5735117d, 0xc002698d1ecca259, 0x3ffbeabfbd8fc605, 0xbfe85bce931aaff6,
            0x3fd46b22f4ed7b24, 0xbfcfeb5e53a223c6, 0x3ff764cb4acd4876, 0xc0007b2b0d639af4,
            0xbfd4a27bc4b9f836, 0xbfd89458b74bfb94, 0x3ff223eb6d408ecb, 0xbff1992795e450ec,
            0xbfc61220a42b2388, 0xbfec176a896fb2ee, 0x3fa59d0a4b2b920c, 0x3fe2a66c1750a9a2,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0xbff19c22dab7adc6, 0x3ff250c9cf0b7892, 0x3fecd9d4c86a5716,
        ]),
    ]
)

/// np.random.seed(1), then rand.
let fixture8 = RandomFixture(
    name: "seed 1: rand",
    seed: .integer(1),
    keyHead: [1, 1812433254, 3713160357, 3109174145], keyLast: 2069268389, position: 624,
    steps: [
        FixtureStep(call: .rand(size: [2, 5]), picks: nil, expected: [
            0x3fdab07d0ffa3c06, 0x3fe70ce5f3baf051, 0x3f1dfb906661c000, 0x3fd3596ab7fe08f4,
            0x3fc2c8e5a3c7053c, 0x3fb7a3808cb0ca10, 0x3fc7d75fe634e1e4, 0x3fd61daabd5ba3ce,
            0x3fd964a3677bfbe8, 0x3fe13dfc97629f54,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fdad4153a81958a,
        ]),
    ]
)

/// np.random.seed(1), then normal.
let fixture9 = RandomFixture(
    name: "seed 1: normal",
    seed: .integer(1),
    keyHead: [1, 1812433254, 3713160357, 3109174145], keyLast: 2069268389, position: 624,
    steps: [
        FixtureStep(call: .normal(loc: 3, scale: 2, size: [9]), picks: nil, expected: [
            0x4018fea8c832be28, 0x3ffc6c7dd0482653, 0x3fff19378dab702e, 0x3feb547b6a8d1fd0,
            0x4012ec5ad5cd445f, 0xbff9a6347b328964, 0x4019f55fdec7e302, 0x3ff7a4316ce5500a,
            0x400d1ac8bd3b5ec9,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x40040294358bbb87,
        ]),
    ]
)

/// np.random.seed(1), then uniform.
let fixture10 = RandomFixture(
    name: "seed 1: uniform",
    seed: .integer(1),
    keyHead: [1, 1812433254, 3713160357, 3109174145], keyLast: 2069268389, position: 624,
    steps: [
        FixtureStep(call: .uniform(low: -1, high: 4, size: [3, 3]), picks: nil, expected: [
            0x3ff15c9c53f8cb08, 0x4004d01f70a9ac65, 0xbfeffb50b17000ba, 0x3fe05f8acbfb1662,
            0xbfd109c1e68e72ea, 0xbfe139cfa81181b6, 0xbfb1964101ef2d18, 0x3fe74a2ad9651984,
            0x3fef7b9882b5f5c4,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: nil), picks: nil, expected: [
            0x3ffb1af77a768e52,
        ]),
    ]
)

/// np.random.seed(1), then mixed.
let fixture11 = RandomFixture(
    name: "seed 1: mixed",
    seed: .integer(1),
    keyHead: [1, 1812433254, 3713160357, 3109174145], keyLast: 2069268389, position: 624,
    steps: [
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fdab07d0ffa3c06,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0xbfe9ab665f778871,
        ]),
        FixtureStep(call: .rand(size: [3]), picks: nil, expected: [
            0x3fb7a3808cb0ca10, 0x3fc7d75fe634e1e4, 0x3fd61daabd5ba3ce,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0xbfdcba69fc03e5b1, 0x3febb16b5735117d, 0xc002698d1ecca259,
        ]),
        FixtureStep(call: .randomSample(size: [2]), picks: nil, expected: [
            0x3fdad4153a81958a, 0x3fe5ed5172192327,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x400d1ac8bd3b5ec9,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: [2]), picks: nil, expected: [
            0xbfeb9e34454fcd02, 0x4002d1965991df13,
        ]),
        FixtureStep(call: .randn(size: [5]), picks: nil, expected: [
            0xbfcfeb5e53a223c6, 0x3ff764cb4acd4876, 0xc0007b2b0d639af4, 0xbfd4a27bc4b9f836,
            0xbfd89458b74bfb94,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [5], dtype: .int64), picks: nil, expected: [
            0x0000000000000009, 0x0000000000000009, 0x0000000000000007, 0x0000000000000006,
            0x0000000000000009,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0xbfc61220a42b2388,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0xbfec176a896fb2ee,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3feea707f1a5abb8,
        ]),
    ]
)

/// np.random.seed(1), then randint.
let fixture12 = RandomFixture(
    name: "seed 1: randint",
    seed: .integer(1),
    keyHead: [1, 1812433254, 3713160357, 3109174145], keyLast: 2069268389, position: 624,
    steps: [
        FixtureStep(call: .randint(low: 0, high: 10, size: [8], dtype: .int64), picks: nil, expected: [
            0x0000000000000005, 0x0000000000000008, 0x0000000000000009, 0x0000000000000005,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000001, 0x0000000000000007,
        ]),
        FixtureStep(call: .randint(low: -5, high: 1099511627776, size: [4], dtype: .int64), picks: nil, expected: [
            0x000000edab7479f7, 0x000000b2d8a7d50f, 0x000000fe5032b160, 0x00000032e9f96a3f,
        ]),
        FixtureStep(call: .randint(low: 0, high: 4294967296, size: [3], dtype: .int64), picks: nil, expected: [
            0x000000006ad47cd7, 0x00000000750b5fd7, 0x000000008f064be9,
        ]),
        FixtureStep(call: .randint(low: -9223372036854775808, high: 9223372036854775807, size: [3], dtype: .int64), picks: nil, expected: [
            0xee4242f123f065f7, 0x706aadde32b6c760, 0x47448456ccfd988d,
        ]),
        FixtureStep(call: .randint(low: 5, high: nil, size: nil, dtype: .int64), picks: nil, expected: [
            0x0000000000000001,
        ]),
        FixtureStep(call: .randint(low: 7, high: 8, size: [2], dtype: .int64), picks: nil, expected: [
            0x0000000000000007, 0x0000000000000007,
        ]),
        FixtureStep(call: .randint(low: -3, high: 100, size: [5], dtype: .int32), picks: nil, expected: [
            0x0000000000000006, 0x0000000000000004, 0x000000000000003c, 0x000000000000003a,
            0x0000000000000013,
        ]),
        FixtureStep(call: .randint(low: -2147483648, high: 2147483648, size: [3], dtype: .int32), picks: nil, expected: [
            0x0000000004a5a539, 0x00000000605b0a01, 0x000000005d71f780,
        ]),
        FixtureStep(call: .randint(low: 0, high: 256, size: [6], dtype: .uint8), picks: nil, expected: [
            0x000000000000003c, 0x00000000000000f1, 0x0000000000000004, 0x00000000000000e5,
            0x00000000000000d1, 0x00000000000000f8,
        ]),
        FixtureStep(call: .randint(low: 3, high: 10, size: [9], dtype: .uint8), picks: nil, expected: [
            0x0000000000000003, 0x0000000000000008, 0x0000000000000008, 0x0000000000000008,
            0x0000000000000003, 0x0000000000000005, 0x0000000000000003, 0x0000000000000007,
            0x0000000000000008,
        ]),
        FixtureStep(call: .randint(low: 0, high: 2, size: [40], dtype: .bool), picks: nil, expected: [
            0x0000000000000001, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000000, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000000, 0x0000000000000001,
        ]),
        FixtureStep(call: .randint(low: 1000, high: nil, size: nil, dtype: .int32), picks: nil, expected: [
            0x0000000000000279,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [2, 3], dtype: .int64), picks: nil, expected: [
            0x0000000000000008, 0x0000000000000007, 0x0000000000000003, 0x0000000000000006,
            0x0000000000000005, 0x0000000000000001,
        ]),
    ]
)

/// np.random.seed(42), then randn.
let fixture13 = RandomFixture(
    name: "seed 42: randn",
    seed: .integer(42),
    keyHead: [42, 3107752595, 1895908407, 3900362577], keyLast: 26719530, position: 624,
    steps: [
        FixtureStep(call: .randn(size: [4, 5]), picks: nil, expected: [
            0x3fdfca2a28a9307c, 0xbfc1b2a505de052a, 0x3fe4b9dd50245e68, 0x3ff85e548e01aa2b,
            0xbfcdf8bcdf57a640, 0xbfcdf8332670db3b, 0x3ff94474a8407408, 0x3fe88ed346f0d7f3,
            0xbfde0bde4b799e8b, 0x3fe15ca6e16a2d7d, 0xbfdda8a2aec11b70, 0xbfddce842b16efe7,
            0x3fcef89ea59ef970, 0xbffe9ccbbeee35be, 0xbffb994370eee412, 0xbfe1fe426aa13c63,
            0xbff0348e67a35179, 0x3fd41ca0d816861f, 0xbfed0e88818b03f9, 0xbff698cbc41413c7,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0x3ff7734c1f9f0d41, 0xbfcce63ce16698d9, 0x3fb1498746b135c6,
        ]),
    ]
)

/// np.random.seed(42), then rand.
let fixture14 = RandomFixture(
    name: "seed 42: rand",
    seed: .integer(42),
    keyHead: [42, 3107752595, 1895908407, 3900362577], keyLast: 26719530, position: 624,
    steps: [
        FixtureStep(call: .rand(size: [2, 5]), picks: nil, expected: [
            0x3fd7f8771e5f51ec, 0x3fee6c4068bbd654, 0x3fe76c7e8f1e6751, 0x3fe32835d6632cb0,
            0x3fc3f86b37222184, 0x3fc3f7a0e1997f4c, 0x3fadbd229d645570, 0x3febb7b70955b7b5,
            0x3fe33c558c924bad, 0x3fe6a887d29a8282,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3f95141a07387e80,
        ]),
    ]
)

/// np.random.seed(42), then normal.
let fixture15 = RandomFixture(
    name: "seed 42: normal",
    seed: .integer(42),
    keyHead: [42, 3107752595, 1895908407, 3900362577], keyLast: 26719530, position: 624,
    steps: [
        FixtureStep(call: .normal(loc: 3, scale: 2, size: [9]), picks: nil, expected: [
            0x400ff28a8a2a4c1f, 0x4005c9ab5f443f5b, 0x40112e775409179a, 0x40182f2a4700d516,
            0x400440e864150b38, 0x400440f99b31e499, 0x4018a23a54203a04, 0x401223b4d1bc35fd,
            0x40007d086d21985d,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x40105729b85a8b5f,
        ]),
    ]
)

/// np.random.seed(42), then uniform.
let fixture16 = RandomFixture(
    name: "seed 42: uniform",
    seed: .integer(42),
    keyHead: [42, 3107752595, 1895908407, 3900362577], keyLast: 26719530, position: 624,
    steps: [
        FixtureStep(call: .uniform(low: -1, high: 4, size: [3, 3]), picks: nil, expected: [
            0x3febed29cbee4cce, 0x400e075082eacbe8, 0x4005479e32e60125, 0x3fffe48697f7efb8,
            0xbfcc25e7ec55586c, 0xbfcc29db98008384, 0xbfe6b4e52ed0a54d, 0x400aa5a4cbab25a2,
            0x40000b6aefb6de98,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: nil), picks: nil, expected: [
            0x400452a9c7412322,
        ]),
    ]
)

/// np.random.seed(42), then mixed.
let fixture17 = RandomFixture(
    name: "seed 42: mixed",
    seed: .integer(42),
    keyHead: [42, 3107752595, 1895908407, 3900362577], keyLast: 26719530, position: 624,
    steps: [
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fd7f8771e5f51ec,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0xbff1ca42ce8158a6,
        ]),
        FixtureStep(call: .rand(size: [3]), picks: nil, expected: [
            0x3fc3f7a0e1997f4c, 0x3fadbd229d645570, 0x3febb7b70955b7b5,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0x3fd468e4b5774960, 0x3ff94474a8407408, 0x3fe88ed346f0d7f3,
        ]),
        FixtureStep(call: .randomSample(size: [2]), picks: nil, expected: [
            0x3f95141a07387e80, 0x3fef098062e353a5,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x40007d086d21985d,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: [2]), picks: nil, expected: [
            0xbfb74398413f03d0, 0xbfb53e029d33f530,
        ]),
        FixtureStep(call: .randn(size: [5]), picks: nil, expected: [
            0x3fe15ca6e16a2d7d, 0x3fcef89ea59ef970, 0xbffe9ccbbeee35be, 0xbffb994370eee412,
            0xbfe1fe426aa13c63,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [5], dtype: .int64), picks: nil, expected: [
            0x0000000000000009, 0x0000000000000002, 0x0000000000000006, 0x0000000000000003,
            0x0000000000000008,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0x3fbf49c15593698c,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0xbfe07e72edfc225b,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fc5d3bc07353eb4,
        ]),
    ]
)

/// np.random.seed(42), then randint.
let fixture18 = RandomFixture(
    name: "seed 42: randint",
    seed: .integer(42),
    keyHead: [42, 3107752595, 1895908407, 3900362577], keyLast: 26719530, position: 624,
    steps: [
        FixtureStep(call: .randint(low: 0, high: 10, size: [8], dtype: .int64), picks: nil, expected: [
            0x0000000000000006, 0x0000000000000003, 0x0000000000000007, 0x0000000000000004,
            0x0000000000000006, 0x0000000000000009, 0x0000000000000002, 0x0000000000000006,
        ]),
        FixtureStep(call: .randint(low: -5, high: 1099511627776, size: [4], dtype: .int64), picks: nil, expected: [
            0x00000057556ded6f, 0x000000632492eb62, 0x00000097a6a0a07d, 0x000000950e70fd2f,
        ]),
        FixtureStep(call: .randint(low: 0, high: 4294967296, size: [3], dtype: .int64), picks: nil, expected: [
            0x00000000f84c0301, 0x00000000b8d4e957, 0x00000000d51af5eb,
        ]),
        FixtureStep(call: .randint(low: -9223372036854775808, high: 9223372036854775807, size: [3], dtype: .int64), picks: nil, expected: [
            0x7044fd9d365bdb25, 0x803309812e8c14bf, 0x7e0193bb2ef39914,
        ]),
        FixtureStep(call: .randint(low: 5, high: nil, size: nil, dtype: .int64), picks: nil, expected: [
            0x0000000000000000,
        ]),
        FixtureStep(call: .randint(low: 7, high: 8, size: [2], dtype: .int64), picks: nil, expected: [
            0x0000000000000007, 0x0000000000000007,
        ]),
        FixtureStep(call: .randint(low: -3, high: 100, size: [5], dtype: .int32), picks: nil, expected: [
            0x0000000000000048, 0x0000000000000036, 0x0000000000000012, 0x0000000000000055,
            0x000000000000002d,
        ]),
        FixtureStep(call: .randint(low: -2147483648, high: 2147483648, size: [3], dtype: .int32), picks: nil, expected: [
            0x000000000657a1da, 0x000000001ca2643a, 0xffffffffe65d49fe,
        ]),
        FixtureStep(call: .randint(low: 0, high: 256, size: [6], dtype: .uint8), picks: nil, expected: [
            0x00000000000000a9, 0x00000000000000de, 0x00000000000000b5, 0x0000000000000023,
            0x00000000000000ff, 0x0000000000000047,
        ]),
        FixtureStep(call: .randint(low: 3, high: 10, size: [9], dtype: .uint8), picks: nil, expected: [
            0x0000000000000006, 0x0000000000000008, 0x0000000000000004, 0x0000000000000005,
            0x0000000000000006, 0x0000000000000005, 0x0000000000000003, 0x0000000000000004,
            0x0000000000000006,
        ]),
        FixtureStep(call: .randint(low: 0, high: 2, size: [40], dtype: .bool), picks: nil, expected: [
            0x0000000000000000, 0x0000000000000001, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000001, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000001, 0x0000000000000000, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000000, 0x0000000000000001,
        ]),
        FixtureStep(call: .randint(low: 1000, high: nil, size: nil, dtype: .int32), picks: nil, expected: [
            0x00000000000003bd,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [2, 3], dtype: .int64), picks: nil, expected: [
            0x0000000000000002, 0x0000000000000006, 0x0000000000000003, 0x0000000000000008,
            0x0000000000000002, 0x0000000000000004,
        ]),
    ]
)

/// np.random.seed(12345), then randn.
let fixture19 = RandomFixture(
    name: "seed 12345: randn",
    seed: .integer(12345),
    keyHead: [12345, 2003863422, 2690739229, 1915043646], keyLast: 277493156, position: 624,
    steps: [
        FixtureStep(call: .randn(size: [4, 5]), picks: nil, expected: [
            0xbfca33dc4f5d203d, 0x3fdea701f566080f, 0xbfe09f3df0ae3d0e, 0xbfe1c88aeb5231f1,
            0x3fff73d654602e58, 0x3ff64b63ea2acb4b, 0x3fb7c8cf8427b26e, 0x3fd20821040b7d8b,
            0x3fe89bd53738ebe6, 0x3ff3f1658cd60a17, 0x3ff01d72967b2c0e, 0xbff4bd5258805a31,
            0x3fd199768210ef17, 0x3fcd4d04685487a2, 0x3ff5a58c1f93e516, 0x3fec5da11081c874,
            0xc000035a6bfb8f04, 0xbfd7cc44a411dc16, 0x3ffab453e209b086, 0xbfdc1186cc1b770a,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0xbfe1458fda19f63b, 0x3fde86ec2319cb81, 0x4009fdd64f43f1f9,
        ]),
    ]
)

/// np.random.seed(12345), then rand.
let fixture20 = RandomFixture(
    name: "seed 12345: rand",
    seed: .integer(12345),
    keyHead: [12345, 2003863422, 2690739229, 1915043646], keyLast: 277493156, position: 624,
    steps: [
        FixtureStep(call: .rand(size: [2, 5]), picks: nil, expected: [
            0x3fedbf6a3f8f84b7, 0x3fd43f7f410bb044, 0x3fc78aa6d0a2dad8, 0x3fca2f07fd391514,
            0x3fe22acdae20d908, 0x3fe30eb3c3d342ec, 0x3feedd4d8dd90335, 0x3fe4e6d3a7b1e86a,
            0x3fe7f70b0d7ee531, 0x3fe4ea0b5c9eb155,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fe7ed479b91c28d,
        ]),
    ]
)

/// np.random.seed(12345), then normal.
let fixture21 = RandomFixture(
    name: "seed 12345: normal",
    seed: .integer(12345),
    keyHead: [12345, 2003863422, 2690739229, 1915043646], keyLast: 277493156, position: 624,
    steps: [
        FixtureStep(call: .normal(loc: 3, scale: 2, size: [9]), picks: nil, expected: [
            0x4004b98476145bf8, 0x400fa9c07d598204, 0x3fff60c20f51c2f2, 0x3ffe377514adce0f,
            0x401bb9eb2a30172c, 0x401725b1f51565a6, 0x40097c8cf8427b27, 0x400c82084102df63,
            0x401226f54dce3afa,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x4015f8b2c66b050c,
        ]),
    ]
)

/// np.random.seed(12345), then uniform.
let fixture22 = RandomFixture(
    name: "seed 12345: uniform",
    seed: .integer(12345),
    keyHead: [12345, 2003863422, 2690739229, 1915043646], keyLast: 277493156, position: 624,
    steps: [
        FixtureStep(call: .uniform(low: -1, high: 4, size: [3, 3]), picks: nil, expected: [
            0x400d2f44cf7365e4, 0x3fe29ebe229d38aa, 0xbfb4957bd9a37390, 0x3f97593f90eb4b00,
            0x3ffd6b0233521e94, 0x3fffa4c16990274e, 0x400e94a0f14f4402, 0x40022088919e6284,
            0x4005f4cdd0de9e7d,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: nil), picks: nil, expected: [
            0x4002248e33c65daa,
        ]),
    ]
)

/// np.random.seed(12345), then mixed.
let fixture23 = RandomFixture(
    name: "seed 12345: mixed",
    seed: .integer(12345),
    keyHead: [12345, 2003863422, 2690739229, 1915043646], keyLast: 277493156, position: 624,
    steps: [
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fedbf6a3f8f84b7,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0xbfeef887c7e3ecf0,
        ]),
        FixtureStep(call: .rand(size: [3]), picks: nil, expected: [
            0x3fca2f07fd391514, 0x3fe22acdae20d908, 0x3fe30eb3c3d342ec,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0xbfe1fe01a79f2380, 0x3fb7c8cf8427b26e, 0x3fd20821040b7d8b,
        ]),
        FixtureStep(call: .randomSample(size: [2]), picks: nil, expected: [
            0x3fe7f70b0d7ee531, 0x3fe4ea0b5c9eb155,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x40140eb94b3d9607,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: [2]), picks: nil, expected: [
            0x4008647b048a24d4, 0x400ae314d3c83044,
        ]),
        FixtureStep(call: .randn(size: [5]), picks: nil, expected: [
            0xbff4bd5258805a31, 0x3ff5a58c1f93e516, 0x3fec5da11081c874, 0xc000035a6bfb8f04,
            0xbfd7cc44a411dc16,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [5], dtype: .int64), picks: nil, expected: [
            0x0000000000000007, 0x0000000000000003, 0x0000000000000001, 0x0000000000000005,
            0x0000000000000002,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0xbffb4fe41dfa9691,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0x3ff36451caa07ace,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fe970661f339441,
        ]),
    ]
)

/// np.random.seed(12345), then randint.
let fixture24 = RandomFixture(
    name: "seed 12345: randint",
    seed: .integer(12345),
    keyHead: [12345, 2003863422, 2690739229, 1915043646], keyLast: 277493156, position: 624,
    steps: [
        FixtureStep(call: .randint(low: 0, high: 10, size: [8], dtype: .int64), picks: nil, expected: [
            0x0000000000000002, 0x0000000000000005, 0x0000000000000001, 0x0000000000000004,
            0x0000000000000009, 0x0000000000000005, 0x0000000000000002, 0x0000000000000001,
        ]),
        FixtureStep(call: .randint(low: -5, high: 1099511627776, size: [4], dtype: .int64), picks: nil, expected: [
            0x000000767640cd6c, 0x000000695fb94c56, 0x000000f727ac5571, 0x000000d0e470a36d,
        ]),
        FixtureStep(call: .randint(low: 0, high: 4294967296, size: [3], dtype: .int64), picks: nil, expected: [
            0x00000000f61832c9, 0x0000000006dbb10b, 0x000000000225bc4d,
        ]),
        FixtureStep(call: .randint(low: -9223372036854775808, high: 9223372036854775807, size: [3], dtype: .int64), picks: nil, expected: [
            0xca9fe68a1b3ff051, 0xe61416d24c77d8a6, 0x4eaa7907a80a902b,
        ]),
        FixtureStep(call: .randint(low: 5, high: nil, size: nil, dtype: .int64), picks: nil, expected: [
            0x0000000000000000,
        ]),
        FixtureStep(call: .randint(low: 7, high: 8, size: [2], dtype: .int64), picks: nil, expected: [
            0x0000000000000007, 0x0000000000000007,
        ]),
        FixtureStep(call: .randint(low: -3, high: 100, size: [5], dtype: .int32), picks: nil, expected: [
            0x0000000000000034, 0x000000000000001c, 0x000000000000003a, 0x000000000000005e,
            0x0000000000000058,
        ]),
        FixtureStep(call: .randint(low: -2147483648, high: 2147483648, size: [3], dtype: .int32), picks: nil, expected: [
            0x0000000024794357, 0x000000004e656824, 0x0000000037ab0a40,
        ]),
        FixtureStep(call: .randint(low: 0, high: 256, size: [6], dtype: .uint8), picks: nil, expected: [
            0x00000000000000ef, 0x00000000000000ef, 0x0000000000000049, 0x00000000000000ee,
            0x0000000000000083, 0x0000000000000091,
        ]),
        FixtureStep(call: .randint(low: 3, high: 10, size: [9], dtype: .uint8), picks: nil, expected: [
            0x0000000000000007, 0x0000000000000005, 0x0000000000000004, 0x0000000000000008,
            0x0000000000000007, 0x0000000000000007, 0x0000000000000004, 0x0000000000000006,
            0x0000000000000008,
        ]),
        FixtureStep(call: .randint(low: 0, high: 2, size: [40], dtype: .bool), picks: nil, expected: [
            0x0000000000000001, 0x0000000000000001, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000,
        ]),
        FixtureStep(call: .randint(low: 1000, high: nil, size: nil, dtype: .int32), picks: nil, expected: [
            0x000000000000034b,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [2, 3], dtype: .int64), picks: nil, expected: [
            0x0000000000000003, 0x0000000000000001, 0x0000000000000005, 0x0000000000000002,
            0x0000000000000005, 0x0000000000000003,
        ]),
    ]
)

/// np.random.seed(2**32 - 1), then randn.
let fixture25 = RandomFixture(
    name: "seed 2**32 - 1: randn",
    seed: .integer(4294967295),
    keyHead: [4294967295, 1340201581, 3941791902, 3241351924], keyLast: 3413567280, position: 624,
    steps: [
        FixtureStep(call: .randn(size: [4, 5]), picks: nil, expected: [
            0x3fe4bfc38c486d8a, 0x3fe56b192e507eee, 0xbff149e836f192fd, 0x3fd23543dec5a0fc,
            0x3fbd27bf27c6aaaf, 0x3febc38efd644bd1, 0xbfa68a93f10b89ee, 0x3fcfd7bf9478f663,
            0xbfef9f94d65c3902, 0xbfe17832e95fd734, 0xbf9ac932ccbf8580, 0x3ff011ed02431336,
            0x3fe49eb7484a2b07, 0xbff62a82ceebc9ce, 0x3fdae22bf2063e74, 0x3ff6ee5a63630a15,
            0x3fb609b2a07b9e45, 0xbfd9aefef735cd51, 0x3ff0d6500d9eb6c8, 0x3fa08cc70b3be94b,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0xbfc2bcace7540fa0, 0xbfee46f6ab91bed8, 0xbfb7f8cdfa1f44b7,
        ]),
    ]
)

/// np.random.seed(2**32 - 1), then rand.
let fixture26 = RandomFixture(
    name: "seed 2**32 - 1: rand",
    seed: .integer(4294967295),
    keyHead: [4294967295, 1340201581, 3941791902, 3241351924], keyLast: 3413567280, position: 624,
    steps: [
        FixtureStep(call: .rand(size: [2, 5]), picks: nil, expected: [
            0x3fb8fe69a3924820, 0x3fed323d824032b1, 0x3fe93fc6f61af3f9, 0x3fe8f5ca1b151c07,
            0x3f925ec7244bbf80, 0x3fef06314e047dc9, 0x3fe2fb4adec830e1, 0x3fc2b3f78b30728c,
            0x3fed1999c0aed972, 0x3fe1b835369cb7f1,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fef817aa7489a4b,
        ]),
    ]
)

/// np.random.seed(2**32 - 1), then normal.
let fixture27 = RandomFixture(
    name: "seed 2**32 - 1: normal",
    seed: .integer(4294967295),
    keyHead: [4294967295, 1340201581, 3941791902, 3241351924], keyLast: 3413567280, position: 624,
    steps: [
        FixtureStep(call: .normal(loc: 3, scale: 2, size: [9]), picks: nil, expected: [
            0x40112ff0e3121b62, 0x40115ac64b941fbc, 0x3fead85f2439b40c, 0x400c8d50f7b1683f,
            0x4009d27bf27c6aab, 0x4012f0e3bf5912f4, 0x40074bab6077a3b1, 0x400bfaf7f28f1ecc,
            0x3ff0606b29a3c6fe,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x3ffe87cd16a028cc,
        ]),
    ]
)

/// np.random.seed(2**32 - 1), then uniform.
let fixture28 = RandomFixture(
    name: "seed 2**32 - 1: uniform",
    seed: .integer(4294967295),
    keyHead: [4294967295, 1340201581, 3941791902, 3241351924], keyLast: 3413567280, position: 624,
    steps: [
        FixtureStep(call: .uniform(low: -1, high: 4, size: [3, 3]), picks: nil, expected: [
            0xbfe060fdf9c492ec, 0x400c7ecce2d03f5e, 0x40078fb8b3a1b0f7, 0x4007333ca1da6309,
            0xbfed2130e2542a14, 0x400ec7bda1859d3c, 0x3fff743b2cf47a32, 0xbfd13e152406e1a2,
            0x400c600030da8fce,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: nil), picks: nil, expected: [
            0x3ffc4c850887cbda,
        ]),
    ]
)

/// np.random.seed(2**32 - 1), then mixed.
let fixture29 = RandomFixture(
    name: "seed 2**32 - 1: mixed",
    seed: .integer(4294967295),
    keyHead: [4294967295, 1340201581, 3941791902, 3241351924], keyLast: 3413567280, position: 624,
    steps: [
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fb8fe69a3924820,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0x3fb4d051339bc741,
        ]),
        FixtureStep(call: .rand(size: [3]), picks: nil, expected: [
            0x3fc2b3f78b30728c, 0x3fed1999c0aed972, 0x3fe1b835369cb7f1,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0x3fda3847f39c09c9, 0xbfa68a93f10b89ee, 0x3fcfd7bf9478f663,
        ]),
        FixtureStep(call: .randomSample(size: [2]), picks: nil, expected: [
            0x3fd4bfb333c5401c, 0x3fc7442724896300,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x400794db34cd01ea,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: [2]), picks: nil, expected: [
            0x3f9fef4d8d147180, 0x400f7d0284ea8950,
        ]),
        FixtureStep(call: .randn(size: [5]), picks: nil, expected: [
            0x3ff011ed02431336, 0x3fe49eb7484a2b07, 0xbff62a82ceebc9ce, 0x3fdae22bf2063e74,
            0x3ff6ee5a63630a15,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [5], dtype: .int64), picks: nil, expected: [
            0x0000000000000001, 0x0000000000000008, 0x0000000000000007, 0x0000000000000004,
            0x0000000000000004,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0x3ff4b2d4464be2f7,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0xbfcf9f7e9825c9b5,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fde92be4ffcc632,
        ]),
    ]
)

/// np.random.seed(2**32 - 1), then randint.
let fixture30 = RandomFixture(
    name: "seed 2**32 - 1: randint",
    seed: .integer(4294967295),
    keyHead: [4294967295, 1340201581, 3941791902, 3241351924], keyLast: 3413567280, position: 624,
    steps: [
        FixtureStep(call: .randint(low: 0, high: 10, size: [8], dtype: .int64), picks: nil, expected: [
            0x0000000000000003, 0x0000000000000002, 0x0000000000000007, 0x0000000000000004,
            0x0000000000000000, 0x0000000000000006, 0x0000000000000009, 0x0000000000000000,
        ]),
        FixtureStep(call: .randint(low: -5, high: 1099511627776, size: [4], dtype: .int64), picks: nil, expected: [
            0x0000007f811f7276, 0x000000f2b20c3866, 0x0000001b2bb65c88, 0x0000000ec6ffbda0,
        ]),
        FixtureStep(call: .randint(low: 0, high: 4294967296, size: [3], dtype: .int64), picks: nil, expected: [
            0x0000000052feccc9, 0x0000000078a80389, 0x000000002e884e59,
        ]),
        FixtureStep(call: .randint(low: -9223372036854775808, high: 9223372036854775807, size: [3], dtype: .int64), picks: nil, expected: [
            0xc896302ceefc1164, 0xe21df170d2e9cdf7, 0xfd693e98e36adad6,
        ]),
        FixtureStep(call: .randint(low: 5, high: nil, size: nil, dtype: .int64), picks: nil, expected: [
            0x0000000000000001,
        ]),
        FixtureStep(call: .randint(low: 7, high: 8, size: [2], dtype: .int64), picks: nil, expected: [
            0x0000000000000007, 0x0000000000000007,
        ]),
        FixtureStep(call: .randint(low: -3, high: 100, size: [5], dtype: .int32), picks: nil, expected: [
            0x0000000000000009, 0x0000000000000017, 0x0000000000000056, 0x0000000000000028,
            0x0000000000000059,
        ]),
        FixtureStep(call: .randint(low: -2147483648, high: 2147483648, size: [3], dtype: .int32), picks: nil, expected: [
            0xffffffffbf40d583, 0x0000000025ea9799, 0x000000001e1d86f9,
        ]),
        FixtureStep(call: .randint(low: 0, high: 256, size: [6], dtype: .uint8), picks: nil, expected: [
            0x000000000000007b, 0x0000000000000006, 0x000000000000009a, 0x000000000000005f,
            0x0000000000000097, 0x0000000000000093,
        ]),
        FixtureStep(call: .randint(low: 3, high: 10, size: [9], dtype: .uint8), picks: nil, expected: [
            0x0000000000000004, 0x0000000000000009, 0x0000000000000008, 0x0000000000000009,
            0x0000000000000009, 0x0000000000000007, 0x0000000000000007, 0x0000000000000008,
            0x0000000000000003,
        ]),
        FixtureStep(call: .randint(low: 0, high: 2, size: [40], dtype: .bool), picks: nil, expected: [
            0x0000000000000001, 0x0000000000000000, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000001, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
        ]),
        FixtureStep(call: .randint(low: 1000, high: nil, size: nil, dtype: .int32), picks: nil, expected: [
            0x0000000000000368,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [2, 3], dtype: .int64), picks: nil, expected: [
            0x0000000000000007, 0x0000000000000004, 0x0000000000000004, 0x0000000000000002,
            0x0000000000000001, 0x0000000000000000,
        ]),
    ]
)

/// np.random.seed([0]), then randn.
let fixture31 = RandomFixture(
    name: "seed [0]: randn",
    seed: .array([0]),
    keyHead: [2147483648, 766982754, 497961170, 3952298588], keyLast: 2902720905, position: 624,
    steps: [
        FixtureStep(call: .randn(size: [4, 5]), picks: nil, expected: [
            0x3fddba56ed17f9a9, 0x3fe3d8adece8dc16, 0xbff90652634afbc6, 0xbfe07d50504bc0f6,
            0xc0046d9fb47c3097, 0x3fd361d3d9026e06, 0xbfe62e81beed145d, 0x3ff000bcc663c09b,
            0x400465c4152c2600, 0xbfe6e66cac7f48cb, 0x3f85313cf9db2fe1, 0x3fecd56137afc6ec,
            0x3feeada495323b98, 0xbfea29f71934fb5f, 0xbff646a8d6cec42d, 0x3fe5231aaa054432,
            0x3ff1bdf82c3ee6e9, 0xbfed4fc8c9c76a9b, 0x3fd34d0f4af5e11f, 0x3fe4eb96338f1184,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0xbfee1d10ada32f49, 0xbfb0ce9d70a64675, 0x400004208d03c5c9,
        ]),
    ]
)

/// np.random.seed([0]), then rand.
let fixture32 = RandomFixture(
    name: "seed [0]: rand",
    seed: .array([0]),
    keyHead: [2147483648, 766982754, 497961170, 3952298588], keyLast: 2902720905, position: 624,
    steps: [
        FixtureStep(call: .rand(size: [2, 5]), picks: nil, expected: [
            0x3feb0580f98a7dbe, 0x3fe84129978f9c1a, 0x3fdaeaa51052e978, 0x3fd092178fb945a6,
            0x3fe05c5ccdf19707, 0x3fd9ea70df588b3c, 0x3fe914e0c751c4f5, 0x3fd36979c7be0dec,
            0x3fde809082dd48fc, 0x3fe2ab10cf910f7d,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fed0f42c0dfaf73,
        ]),
    ]
)

/// np.random.seed([0]), then normal.
let fixture33 = RandomFixture(
    name: "seed [0]: normal",
    seed: .array([0]),
    keyHead: [2147483648, 766982754, 497961170, 3952298588], keyLast: 2902720905, position: 624,
    steps: [
        FixtureStep(call: .normal(loc: 3, scale: 2, size: [9]), picks: nil, expected: [
            0x400f6e95bb45fe6a, 0x4010f62b7b3a3706, 0xbfc0652634afbc60, 0x3fff82afafb43f0a,
            0xc000db3f68f8612e, 0x400cd874f6409b82, 0x3ff9d17e4112eba3, 0x4014005e6331e04e,
            0x402032e20a961300,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x3ff919935380b735,
        ]),
    ]
)

/// np.random.seed([0]), then uniform.
let fixture34 = RandomFixture(
    name: "seed [0]: uniform",
    seed: .array([0]),
    keyHead: [2147483648, 766982754, 497961170, 3952298588], keyLast: 2902720905, position: 624,
    steps: [
        FixtureStep(call: .uniform(low: -1, high: 4, size: [3, 3]), picks: nil, expected: [
            0x4009c6e137ed1d2e, 0x40065173fd738320, 0x3ff1a54e5467a3d6, 0x3fd2da75ce9e5c40,
            0x3ff8e6e802dbf992, 0x3ff0650d172eae0c, 0x40075a18f9263632, 0x3fe087b0735b22ce,
            0x3ff620b4a3949b3c,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: nil), picks: nil, expected: [
            0x3ffeabaa06eaa6b8,
        ]),
    ]
)

/// np.random.seed([0]), then mixed.
let fixture35 = RandomFixture(
    name: "seed [0]: mixed",
    seed: .array([0]),
    keyHead: [2147483648, 766982754, 497961170, 3952298588], keyLast: 2902720905, position: 624,
    steps: [
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3feb0580f98a7dbe,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0xbfdd93aa5e14043d,
        ]),
        FixtureStep(call: .rand(size: [3]), picks: nil, expected: [
            0x3fd092178fb945a6, 0x3fe05c5ccdf19707, 0x3fd9ea70df588b3c,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0x3ff8037fb2bcb9eb, 0xbfe62e81beed145d, 0x3ff000bcc663c09b,
        ]),
        FixtureStep(call: .randomSample(size: [2]), picks: nil, expected: [
            0x3fde809082dd48fc, 0x3fe2ab10cf910f7d,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x40082a6279f3b660,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: [2]), picks: nil, expected: [
            0x3fda3027fd96ff28, 0x40063b6f5f796224,
        ]),
        FixtureStep(call: .randn(size: [5]), picks: nil, expected: [
            0x3fecd56137afc6ec, 0xbff646a8d6cec42d, 0x3fe5231aaa054432, 0x3ff1bdf82c3ee6e9,
            0xbfed4fc8c9c76a9b,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [5], dtype: .int64), picks: nil, expected: [
            0x0000000000000004, 0x0000000000000007, 0x0000000000000004, 0x0000000000000007,
            0x0000000000000002,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0x3ff10e7dfeabcb64,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0xbff65365f7a3c303,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fca2c53af77383c,
        ]),
    ]
)

/// np.random.seed([0]), then randint.
let fixture36 = RandomFixture(
    name: "seed [0]: randint",
    seed: .array([0]),
    keyHead: [2147483648, 766982754, 497961170, 3952298588], keyLast: 2902720905, position: 624,
    steps: [
        FixtureStep(call: .randint(low: 0, high: 10, size: [8], dtype: .int64), picks: nil, expected: [
            0x0000000000000002, 0x0000000000000005, 0x0000000000000004, 0x0000000000000002,
            0x0000000000000005, 0x0000000000000008, 0x0000000000000003, 0x0000000000000009,
        ]),
        FixtureStep(call: .randint(low: -5, high: 1099511627776, size: [4], dtype: .int64), picks: nil, expected: [
            0x000000d981332871, 0x000000249e4d6e37, 0x000000c3e8e52165, 0x000000b2e61a4417,
        ]),
        FixtureStep(call: .randint(low: 0, high: 4294967296, size: [3], dtype: .int64), picks: nil, expected: [
            0x00000000d9b8a714, 0x00000000af19922a, 0x000000005487ce1e,
        ]),
        FixtureStep(call: .randint(low: -9223372036854775808, high: 9223372036854775807, size: [3], dtype: .int64), picks: nil, expected: [
            0xf8de58578f4ff31e, 0x99c78df45a921187, 0xef25e2a250f24455,
        ]),
        FixtureStep(call: .randint(low: 5, high: nil, size: nil, dtype: .int64), picks: nil, expected: [
            0x0000000000000001,
        ]),
        FixtureStep(call: .randint(low: 7, high: 8, size: [2], dtype: .int64), picks: nil, expected: [
            0x0000000000000007, 0x0000000000000007,
        ]),
        FixtureStep(call: .randint(low: -3, high: 100, size: [5], dtype: .int32), picks: nil, expected: [
            0x000000000000003c, 0x0000000000000039, 0x0000000000000045, 0x000000000000003e,
            0x0000000000000001,
        ]),
        FixtureStep(call: .randint(low: -2147483648, high: 2147483648, size: [3], dtype: .int32), picks: nil, expected: [
            0xfffffffffa1d5006, 0xfffffffff1545a13, 0x000000005d84f39e,
        ]),
        FixtureStep(call: .randint(low: 0, high: 256, size: [6], dtype: .uint8), picks: nil, expected: [
            0x000000000000009a, 0x000000000000006e, 0x0000000000000077, 0x0000000000000085,
            0x00000000000000c3, 0x000000000000009f,
        ]),
        FixtureStep(call: .randint(low: 3, high: 10, size: [9], dtype: .uint8), picks: nil, expected: [
            0x0000000000000005, 0x0000000000000009, 0x0000000000000004, 0x0000000000000005,
            0x0000000000000008, 0x0000000000000009, 0x0000000000000009, 0x0000000000000009,
            0x0000000000000006,
        ]),
        FixtureStep(call: .randint(low: 0, high: 2, size: [40], dtype: .bool), picks: nil, expected: [
            0x0000000000000000, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000001, 0x0000000000000000,
        ]),
        FixtureStep(call: .randint(low: 1000, high: nil, size: nil, dtype: .int32), picks: nil, expected: [
            0x00000000000000a8,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [2, 3], dtype: .int64), picks: nil, expected: [
            0x0000000000000001, 0x0000000000000001, 0x0000000000000006, 0x0000000000000000,
            0x0000000000000001, 0x0000000000000005,
        ]),
    ]
)

/// np.random.seed([1, 2, 3]), then randn.
let fixture37 = RandomFixture(
    name: "seed [1, 2, 3]: randn",
    seed: .array([1, 2, 3]),
    keyHead: [2147483648, 188977461, 1294596893, 2973183027], keyLast: 2738794993, position: 624,
    steps: [
        FixtureStep(call: .randn(size: [4, 5]), picks: nil, expected: [
            0x3fecc12ffa7a487f, 0x3fd056a6b13638a6, 0x3fee748a9cfae4c8, 0xbfacff1ee5573d3f,
            0x3fe182ca3011e805, 0x3fbd78c1a54ca678, 0x3fea66003f0aa8d7, 0x3fc6152eb4e6cd02,
            0x3fe7dcc8b9f205aa, 0x3fa6382f259d41ae, 0xc000746eba6acb95, 0x3fe67b7afe72a48f,
            0xbfe0e1476acc8c40, 0x3fd5eab476846515, 0xbfc68c74c494056b, 0x3f8851b445315682,
            0xbfc8d149e6257c34, 0x3fa1f64ca6865a67, 0x3ff18f04da15ee53, 0xbfb63c9e1c6591f2,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0x3ff46608648d4a68, 0xbfb782bede078566, 0xbfd1543124b67b6c,
        ]),
    ]
)

/// np.random.seed([1, 2, 3]), then rand.
let fixture38 = RandomFixture(
    name: "seed [1, 2, 3]: rand",
    seed: .array([1, 2, 3]),
    keyHead: [2147483648, 188977461, 1294596893, 2973183027], keyLast: 2738794993, position: 624,
    steps: [
        FixtureStep(call: .rand(size: [2, 5]), picks: nil, expected: [
            0x3fe383fbc97230c2, 0x3fec5fd27a5da181, 0x3fde7c4d155e5af8, 0x3fecb99df1bee0e1,
            0x3f9e2c52c40d5de0, 0x3fed38b62b91861a, 0x3fe30bd9dcafd825, 0x3fee7ad91a1ccf04,
            0x3fe2be08fd602cf8, 0x3fed1cf19f2036a0,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fe0cefcfad10342,
        ]),
    ]
)

/// np.random.seed([1, 2, 3]), then normal.
let fixture39 = RandomFixture(
    name: "seed [1, 2, 3]: normal",
    seed: .array([1, 2, 3]),
    keyHead: [2147483648, 188977461, 1294596893, 2973183027], keyLast: 2738794993, position: 624,
    steps: [
        FixtureStep(call: .normal(loc: 3, scale: 2, size: [9]), picks: nil, expected: [
            0x4013304bfe9e9220, 0x400c15a9ac4d8e2a, 0x40139d22a73eb932, 0x4007180708d54616,
            0x401060b28c047a01, 0x4009d78c1a54ca68, 0x401299800fc2aa36, 0x400ac2a5d69cd9a0,
            0x4011f7322e7c816a,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x4008b1c1792cea0d,
        ]),
    ]
)

/// np.random.seed([1, 2, 3]), then uniform.
let fixture40 = RandomFixture(
    name: "seed [1, 2, 3]: uniform",
    seed: .array([1, 2, 3]),
    keyHead: [2147483648, 188977461, 1294596893, 2973183027], keyLast: 2738794993, position: 624,
    steps: [
        FixtureStep(call: .uniform(low: -1, high: 4, size: [3, 3]), picks: nil, expected: [
            0x400064fabbcebcf2, 0x400b77c718f509e2, 0x3ff61b605ab5f1b6, 0x400be8056e2e991a,
            0xbfeb4913115de955, 0x400c86e3b675e7a0, 0x3fff9da0a7b79c5c, 0x400e198f60a402c4,
            0x3ffedb167970706c,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: nil), picks: nil, expected: [
            0x400c642e06e84448,
        ]),
    ]
)

/// np.random.seed([1, 2, 3]), then mixed.
let fixture41 = RandomFixture(
    name: "seed [1, 2, 3]: mixed",
    seed: .array([1, 2, 3]),
    keyHead: [2147483648, 188977461, 1294596893, 2973183027], keyLast: 2738794993, position: 624,
    steps: [
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fe383fbc97230c2,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0xbfaf96f6262d2c11,
        ]),
        FixtureStep(call: .rand(size: [3]), picks: nil, expected: [
            0x3fecb99df1bee0e1, 0x3f9e2c52c40d5de0, 0x3fed38b62b91861a,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0x3ff021d3267d86ef, 0x3fe182ca3011e805, 0x3fbd78c1a54ca678,
        ]),
        FixtureStep(call: .randomSample(size: [2]), picks: nil, expected: [
            0x3fe2be08fd602cf8, 0x3fed1cf19f2036a0,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x4011f7322e7c816a,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: [2]), picks: nil, expected: [
            0x3fd7cdb81c08bf50, 0xbfefc9ca460f572e,
        ]),
        FixtureStep(call: .randn(size: [5]), picks: nil, expected: [
            0x3fa6382f259d41ae, 0xc000746eba6acb95, 0x3fe67b7afe72a48f, 0xbfe0e1476acc8c40,
            0x3fd5eab476846515,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [5], dtype: .int64), picks: nil, expected: [
            0x0000000000000004, 0x0000000000000006, 0x0000000000000009, 0x0000000000000000,
            0x0000000000000004,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0xbfc8d149e6257c34,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0x3fa1f64ca6865a67,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fde228fc80d50e4,
        ]),
    ]
)

/// np.random.seed([1, 2, 3]), then randint.
let fixture42 = RandomFixture(
    name: "seed [1, 2, 3]: randint",
    seed: .array([1, 2, 3]),
    keyHead: [2147483648, 188977461, 1294596893, 2973183027], keyLast: 2738794993, position: 624,
    steps: [
        FixtureStep(call: .randint(low: 0, high: 10, size: [8], dtype: .int64), picks: nil, expected: [
            0x0000000000000009, 0x0000000000000003, 0x0000000000000005, 0x0000000000000005,
            0x0000000000000009, 0x0000000000000003, 0x0000000000000003, 0x0000000000000005,
        ]),
        FixtureStep(call: .randint(low: -5, high: 1099511627776, size: [4], dtype: .int64), picks: nil, expected: [
            0x00000004e8e78ce8, 0x0000002b8677e7d3, 0x000000afef2590a8, 0x0000001b463e2cdc,
        ]),
        FixtureStep(call: .randint(low: 0, high: 4294967296, size: [3], dtype: .int64), picks: nil, expected: [
            0x0000000019d19578, 0x000000000056bc4e, 0x00000000e5a20aa8,
        ]),
        FixtureStep(call: .randint(low: -9223372036854775808, high: 9223372036854775807, size: [3], dtype: .int64), picks: nil, expected: [
            0x0cb3387580bcc9e3, 0xdad1bc388a9050eb, 0x3f22bacb5c40ebce,
        ]),
        FixtureStep(call: .randint(low: 5, high: nil, size: nil, dtype: .int64), picks: nil, expected: [
            0x0000000000000004,
        ]),
        FixtureStep(call: .randint(low: 7, high: 8, size: [2], dtype: .int64), picks: nil, expected: [
            0x0000000000000007, 0x0000000000000007,
        ]),
        FixtureStep(call: .randint(low: -3, high: 100, size: [5], dtype: .int32), picks: nil, expected: [
            0x0000000000000057, 0x0000000000000011, 0x0000000000000029, 0x0000000000000053,
            0x0000000000000019,
        ]),
        FixtureStep(call: .randint(low: -2147483648, high: 2147483648, size: [3], dtype: .int32), picks: nil, expected: [
            0xfffffffffd70c859, 0xffffffffa999b8d0, 0xffffffffe85fbe54,
        ]),
        FixtureStep(call: .randint(low: 0, high: 256, size: [6], dtype: .uint8), picks: nil, expected: [
            0x0000000000000082, 0x0000000000000001, 0x0000000000000092, 0x0000000000000096,
            0x0000000000000016, 0x000000000000005e,
        ]),
        FixtureStep(call: .randint(low: 3, high: 10, size: [9], dtype: .uint8), picks: nil, expected: [
            0x0000000000000007, 0x0000000000000006, 0x0000000000000006, 0x0000000000000008,
            0x0000000000000006, 0x0000000000000008, 0x0000000000000008, 0x0000000000000005,
            0x0000000000000003,
        ]),
        FixtureStep(call: .randint(low: 0, high: 2, size: [40], dtype: .bool), picks: nil, expected: [
            0x0000000000000001, 0x0000000000000001, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001,
        ]),
        FixtureStep(call: .randint(low: 1000, high: nil, size: nil, dtype: .int32), picks: nil, expected: [
            0x000000000000015c,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [2, 3], dtype: .int64), picks: nil, expected: [
            0x0000000000000007, 0x0000000000000002, 0x0000000000000003, 0x0000000000000000,
            0x0000000000000009, 0x0000000000000001,
        ]),
    ]
)

/// np.random.seed([1, 2, 3]), then long.
let fixture43 = RandomFixture(
    name: "seed [1, 2, 3]: long",
    seed: .array([1, 2, 3]),
    keyHead: [2147483648, 188977461, 1294596893, 2973183027], keyLast: 2738794993, position: 624,
    steps: [
        FixtureStep(call: .randn(size: [1000, 500]), picks: [0, 1, 623, 624, 311, 250000, 499999], expected: [
            0x3fecc12ffa7a487f, 0x3fd056a6b13638a6, 0x3fe33846dca6811b, 0x3fe9925d68bb40bf,
            0xbfca5cd61c851639, 0x3fdf6b00cd7e538f, 0xbfe3b6fa27bed23f,
        ]),
        FixtureStep(call: .rand(size: [1000]), picks: [0, 311, 312, 999], expected: [
            0x3fd3b3f433479316, 0x3f97a65c5f600880, 0x3fe517a1f4964cf3, 0x3fe894137470f334,
        ]),
    ]
)

/// np.random.seed([2**32 - 1, 5, 0, 12345678]), then randn.
let fixture44 = RandomFixture(
    name: "seed [2**32 - 1, 5, 0, 12345678]: randn",
    seed: .array([4294967295, 5, 0, 12345678]),
    keyHead: [2147483648, 916393955, 1075800727, 1474688071], keyLast: 1241507327, position: 624,
    steps: [
        FixtureStep(call: .randn(size: [4, 5]), picks: nil, expected: [
            0xbfdc4c102ce31f7c, 0x3ffaa4a1b57a6ac8, 0xbfee5a0b39ad99ab, 0xbfe6dbee3454e801,
            0xbfe91b5af8699d2e, 0x3ff1f3634f7c288d, 0xbfeae4fee3924cef, 0x3fd56053059ade85,
            0xbf97f957717dd3f9, 0xbfda9d7aec35bdd7, 0xbfcdc0646a9b095a, 0xbfeabed4cc669ef0,
            0xbff7767e39543ddb, 0xbfef4875337661dc, 0x3fc0e3874b8d84fe, 0xbfc4535fc501ce16,
            0x3fd996150b6b29f3, 0xbfb002a02535f02a, 0xbfe43c77e6cf4b4b, 0x3fddc6389e613074,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0x3feeff181ea96945, 0xbff6fbed02b1d764, 0x3ffafaf4db961baf,
        ]),
    ]
)

/// np.random.seed([2**32 - 1, 5, 0, 12345678]), then rand.
let fixture45 = RandomFixture(
    name: "seed [2**32 - 1, 5, 0, 12345678]: rand",
    seed: .array([4294967295, 5, 0, 12345678]),
    keyHead: [2147483648, 916393955, 1075800727, 1474688071], keyLast: 1241507327, position: 624,
    steps: [
        FixtureStep(call: .rand(size: [2, 5]), picks: nil, expected: [
            0x3fe75cde3ace43fc, 0x3fdc170f08be20a6, 0x3fd277aaa5ad4638, 0x3fcc104b0ba981a0,
            0x3fe834e73b64bb70, 0x3fd4859078ddb1d6, 0x3fe4d0f798e564f6, 0x3fbf0be91bb16f18,
            0x3f9681cc43abdb00, 0x3fde47150247bfd6,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fb9d47808d47f58,
        ]),
    ]
)

/// np.random.seed([2**32 - 1, 5, 0, 12345678]), then normal.
let fixture46 = RandomFixture(
    name: "seed [2**32 - 1, 5, 0, 12345678]: normal",
    seed: .array([4294967295, 5, 0, 12345678]),
    keyHead: [2147483648, 916393955, 1075800727, 1474688071], keyLast: 1241507327, position: 624,
    steps: [
        FixtureStep(call: .normal(loc: 3, scale: 2, size: [9]), picks: nil, expected: [
            0x4000ecfbf4c73821, 0x40195250dabd3564, 0x3ff1a5f4c6526655, 0x3ff92411cbab17ff,
            0x3ff6e4a5079662d2, 0x4014f9b1a7be1446, 0x3ff51b011c6db311, 0x400d5814c166b7a1,
            0x4007a01aa23a08b0,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x400158a144f2908a,
        ]),
    ]
)

/// np.random.seed([2**32 - 1, 5, 0, 12345678]), then uniform.
let fixture47 = RandomFixture(
    name: "seed [2**32 - 1, 5, 0, 12345678]: uniform",
    seed: .array([4294967295, 5, 0, 12345678]),
    keyHead: [2147483648, 916393955, 1075800727, 1474688071], keyLast: 1241507327, position: 624,
    steps: [
        FixtureStep(call: .uniform(low: -1, high: 4, size: [3, 3]), picks: nil, expected: [
            0x40053415c981d4fb, 0x3ff31cd2caeda8d0, 0x3fdc56553c625f18, 0x3fb8a2ee749f1040,
            0x400642210a3dea4c, 0x3fe34de92e2a3c98, 0x400205357f1ebe34, 0xbfd9311c9d623522,
            0xbfec7bb8156d25c8,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: nil), picks: nil, expected: [
            0x3ff5d8da42d9afcc,
        ]),
    ]
)

/// np.random.seed([2**32 - 1, 5, 0, 12345678]), then mixed.
let fixture48 = RandomFixture(
    name: "seed [2**32 - 1, 5, 0, 12345678]: mixed",
    seed: .array([4294967295, 5, 0, 12345678]),
    keyHead: [2147483648, 916393955, 1075800727, 1474688071], keyLast: 1241507327, position: 624,
    steps: [
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fe75cde3ace43fc,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0xbffbd90e29839a0a,
        ]),
        FixtureStep(call: .rand(size: [3]), picks: nil, expected: [
            0x3fcc104b0ba981a0, 0x3fe834e73b64bb70, 0x3fd4859078ddb1d6,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0xbfe0178f8364f01b, 0xbfeae4fee3924cef, 0x3fd56053059ade85,
        ]),
        FixtureStep(call: .randomSample(size: [2]), picks: nil, expected: [
            0x3f9681cc43abdb00, 0x3fde47150247bfd6,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x400447f372ac9ed5,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: [2]), picks: nil, expected: [
            0x3feb965bbc6d4040, 0x3fe16157975557b8,
        ]),
        FixtureStep(call: .randn(size: [5]), picks: nil, expected: [
            0xbfeabed4cc669ef0, 0x3fc0e3874b8d84fe, 0xbfc4535fc501ce16, 0x3fd996150b6b29f3,
            0xbfb002a02535f02a,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [5], dtype: .int64), picks: nil, expected: [
            0x0000000000000002, 0x0000000000000002, 0x0000000000000003, 0x0000000000000006,
            0x0000000000000006,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0xbffed04fbb62fed4,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0xbff6363bb1ae33df,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fee1a4fa9379144,
        ]),
    ]
)

/// np.random.seed([2**32 - 1, 5, 0, 12345678]), then randint.
let fixture49 = RandomFixture(
    name: "seed [2**32 - 1, 5, 0, 12345678]: randint",
    seed: .array([4294967295, 5, 0, 12345678]),
    keyHead: [2147483648, 916393955, 1075800727, 1474688071], keyLast: 1241507327, position: 624,
    steps: [
        FixtureStep(call: .randint(low: 0, high: 10, size: [8], dtype: .int64), picks: nil, expected: [
            0x0000000000000006, 0x0000000000000009, 0x0000000000000003, 0x0000000000000001,
            0x0000000000000008, 0x0000000000000009, 0x0000000000000003, 0x0000000000000008,
        ]),
        FixtureStep(call: .randint(low: -5, high: 1099511627776, size: [4], dtype: .int64), picks: nil, expected: [
            0x00000016521641de, 0x000000f5a687bcbb, 0x000000fd05a0730b, 0x00000031791c53fb,
        ]),
        FixtureStep(call: .randint(low: 0, high: 4294967296, size: [3], dtype: .int64), picks: nil, expected: [
            0x0000000048f7faed, 0x0000000019d4780e, 0x0000000046a3fac3,
        ]),
        FixtureStep(call: .randint(low: -9223372036854775808, high: 9223372036854775807, size: [3], dtype: .int64), picks: nil, expected: [
            0xe3962b2c47fdf5b2, 0xdf56f9206bdcd022, 0xcf0225b5f7779607,
        ]),
        FixtureStep(call: .randint(low: 5, high: nil, size: nil, dtype: .int64), picks: nil, expected: [
            0x0000000000000001,
        ]),
        FixtureStep(call: .randint(low: 7, high: 8, size: [2], dtype: .int64), picks: nil, expected: [
            0x0000000000000007, 0x0000000000000007,
        ]),
        FixtureStep(call: .randint(low: -3, high: 100, size: [5], dtype: .int32), picks: nil, expected: [
            0x0000000000000010, 0x0000000000000051, 0x000000000000001c, 0x0000000000000017,
            0x0000000000000017,
        ]),
        FixtureStep(call: .randint(low: -2147483648, high: 2147483648, size: [3], dtype: .int32), picks: nil, expected: [
            0xffffffffdaeec592, 0xffffffffada93622, 0xffffffffc4ce006d,
        ]),
        FixtureStep(call: .randint(low: 0, high: 256, size: [6], dtype: .uint8), picks: nil, expected: [
            0x0000000000000023, 0x00000000000000fd, 0x0000000000000004, 0x00000000000000c1,
            0x0000000000000046, 0x00000000000000d5,
        ]),
        FixtureStep(call: .randint(low: 3, high: 10, size: [9], dtype: .uint8), picks: nil, expected: [
            0x0000000000000009, 0x0000000000000005, 0x0000000000000009, 0x0000000000000005,
            0x0000000000000007, 0x0000000000000008, 0x0000000000000008, 0x0000000000000003,
            0x0000000000000004,
        ]),
        FixtureStep(call: .randint(low: 0, high: 2, size: [40], dtype: .bool), picks: nil, expected: [
            0x0000000000000000, 0x0000000000000000, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
        ]),
        FixtureStep(call: .randint(low: 1000, high: nil, size: nil, dtype: .int32), picks: nil, expected: [
            0x0000000000000145,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [2, 3], dtype: .int64), picks: nil, expected: [
            0x0000000000000000, 0x0000000000000003, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000007, 0x0000000000000009,
        ]),
    ]
)

/// np.random.seed(list(range(1000, 1700))), then randn.
let fixture50 = RandomFixture(
    name: "seed list(range(1000, 1700)): randn",
    seed: .array(Array(1000 ..< 1700)),
    keyHead: [2147483648, 4217625888, 4216652623, 2045391106], keyLast: 364301491, position: 624,
    steps: [
        FixtureStep(call: .randn(size: [4, 5]), picks: nil, expected: [
            0xbfe3a48ab63a2c41, 0xbfdf24a07e8427e7, 0x3ff7af46fda26246, 0xbf9a04dcbd6b94e6,
            0x3fd2e5eb83901882, 0x3fba4bc10dc1527f, 0x3fc13f293e9fe903, 0xbfe1a6458b486170,
            0xbfd13b6b18cc6e23, 0x3fa8adc10d8f270f, 0xbfba9ca96fd7be41, 0xbf9a575977dd4424,
            0x3fe3e7e8179420c0, 0x3fe2f2294e372b68, 0x3fe7981c10e4b9b6, 0xbfeeab4382cdd132,
            0x3faa488d77b7e2ca, 0x3fd57923f1016ce4, 0x3ff78a6f17638c9c, 0x3fffb7810f1f4fa4,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0xbfe2abdff66b2ba9, 0xbfe0d0d5c54f0549, 0xbffb334b8618d221,
        ]),
    ]
)

/// np.random.seed(list(range(1000, 1700))), then rand.
let fixture51 = RandomFixture(
    name: "seed list(range(1000, 1700)): rand",
    seed: .array(Array(1000 ..< 1700)),
    keyHead: [2147483648, 4217625888, 4216652623, 2045391106], keyLast: 364301491, position: 624,
    steps: [
        FixtureStep(call: .rand(size: [2, 5]), picks: nil, expected: [
            0x3fcde55fcdd0ca90, 0x3fc4fabcc690a460, 0x3fdfaeb83e111dfa, 0x3fe93f9f18cdfafc,
            0x3fc959123df55c68, 0x3feeb5ce3de20f99, 0x3fe52143fb7bf98f, 0x3feebf39e9ce71ce,
            0x3fd2fdeb237f38ce, 0x3fefb56a9f6f46aa,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fbbcea74c3bc118,
        ]),
    ]
)

/// np.random.seed(list(range(1000, 1700))), then normal.
let fixture52 = RandomFixture(
    name: "seed list(range(1000, 1700)): normal",
    seed: .array(Array(1000 ..< 1700)),
    keyHead: [2147483648, 4217625888, 4216652623, 2045391106], keyLast: 364301491, position: 624,
    steps: [
        FixtureStep(call: .normal(loc: 3, scale: 2, size: [9]), picks: nil, expected: [
            0x3ffc5b7549c5d3bf, 0x400036d7e05ef606, 0x4017d7a37ed13123, 0x400797ec8d0a51ac,
            0x400cb97ae0e40620, 0x4009a4bc10dc1528, 0x400a27e527d3fd20, 0x3ffe59ba74b79e90,
            0x4003b12539cce477,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x4008c56e086c7938,
        ]),
    ]
)

/// np.random.seed(list(range(1000, 1700))), then uniform.
let fixture53 = RandomFixture(
    name: "seed list(range(1000, 1700)): uniform",
    seed: .array(Array(1000 ..< 1700)),
    keyHead: [2147483648, 4217625888, 4216652623, 2045391106], keyLast: 364301491, position: 624,
    steps: [
        FixtureStep(call: .uniform(low: -1, high: 4, size: [3, 3]), picks: nil, expected: [
            0x3fc57adf0513f4d0, 0xbfc71a501f2cca20, 0x3ff79a664d956578, 0x40078f86df0179bb,
            0xbf842a4ca3531f80, 0x400e6341cd5a9380, 0x40026994fa5af7f3, 0x400e6f0864420e42,
            0x3fdef597b17c1c08,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: nil), picks: nil, expected: [
            0x400fa2c5474b1854,
        ]),
    ]
)

/// np.random.seed(list(range(1000, 1700))), then mixed.
let fixture54 = RandomFixture(
    name: "seed list(range(1000, 1700)): mixed",
    seed: .array(Array(1000 ..< 1700)),
    keyHead: [2147483648, 4217625888, 4216652623, 2045391106], keyLast: 364301491, position: 624,
    steps: [
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fcde55fcdd0ca90,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0xbf930c1158ae5312,
        ]),
        FixtureStep(call: .rand(size: [3]), picks: nil, expected: [
            0x3fe93f9f18cdfafc, 0x3fc959123df55c68, 0x3feeb5ce3de20f99,
        ]),
        FixtureStep(call: .randn(size: [3]), picks: nil, expected: [
            0xbff429ac270c4b39, 0x3fd2e5eb83901882, 0x3fba4bc10dc1527f,
        ]),
        FixtureStep(call: .randomSample(size: [2]), picks: nil, expected: [
            0x3fd2fdeb237f38ce, 0x3fefb56a9f6f46aa,
        ]),
        FixtureStep(call: .normal(loc: 3, scale: 2, size: nil), picks: nil, expected: [
            0x400a27e527d3fd20,
        ]),
        FixtureStep(call: .uniform(low: -1, high: 4, size: [2]), picks: nil, expected: [
            0x3ffeeb02c9cdc9fa, 0xbfed49f141ea29cc,
        ]),
        FixtureStep(call: .randn(size: [5]), picks: nil, expected: [
            0xbfe1a6458b486170, 0xbfba9ca96fd7be41, 0xbf9a575977dd4424, 0x3fe3e7e8179420c0,
            0x3fe2f2294e372b68,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [5], dtype: .int64), picks: nil, expected: [
            0x0000000000000007, 0x0000000000000004, 0x0000000000000002, 0x0000000000000002,
            0x0000000000000006,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0x3ff78a6f17638c9c,
        ]),
        FixtureStep(call: .randn(size: nil), picks: nil, expected: [
            0x3fffb7810f1f4fa4,
        ]),
        FixtureStep(call: .rand(size: nil), picks: nil, expected: [
            0x3fcb49dcbc8db4d0,
        ]),
    ]
)

/// np.random.seed(list(range(1000, 1700))), then randint.
let fixture55 = RandomFixture(
    name: "seed list(range(1000, 1700)): randint",
    seed: .array(Array(1000 ..< 1700)),
    keyHead: [2147483648, 4217625888, 4216652623, 2045391106], keyLast: 364301491, position: 624,
    steps: [
        FixtureStep(call: .randint(low: 0, high: 10, size: [8], dtype: .int64), picks: nil, expected: [
            0x0000000000000002, 0x0000000000000007, 0x0000000000000006, 0x0000000000000000,
            0x0000000000000009, 0x0000000000000006, 0x0000000000000005, 0x0000000000000003,
        ]),
        FixtureStep(call: .randint(low: -5, high: 1099511627776, size: [4], dtype: .int64), picks: nil, expected: [
            0x000000886fe719d0, 0x000000ffdbd1aab9, 0x000000516f792540, 0x000000be7f271fce,
        ]),
        FixtureStep(call: .randint(low: 0, high: 4294967296, size: [3], dtype: .int64), picks: nil, expected: [
            0x0000000096233c05, 0x00000000fafa9931, 0x0000000004567de8,
        ]),
        FixtureStep(call: .randint(low: -9223372036854775808, high: 9223372036854775807, size: [3], dtype: .int64), picks: nil, expected: [
            0x677de93161574bcf, 0x238ab161041a7d2b, 0x719e0485c9635254,
        ]),
        FixtureStep(call: .randint(low: 5, high: nil, size: nil, dtype: .int64), picks: nil, expected: [
            0x0000000000000000,
        ]),
        FixtureStep(call: .randint(low: 7, high: 8, size: [2], dtype: .int64), picks: nil, expected: [
            0x0000000000000007, 0x0000000000000007,
        ]),
        FixtureStep(call: .randint(low: -3, high: 100, size: [5], dtype: .int32), picks: nil, expected: [
            0x0000000000000035, 0x0000000000000011, 0x000000000000004f, 0x000000000000003f,
            0x0000000000000009,
        ]),
        FixtureStep(call: .randint(low: -2147483648, high: 2147483648, size: [3], dtype: .int32), picks: nil, expected: [
            0x0000000012cf2b2a, 0x000000001e5bc5a6, 0x0000000016666361,
        ]),
        FixtureStep(call: .randint(low: 0, high: 256, size: [6], dtype: .uint8), picks: nil, expected: [
            0x000000000000002c, 0x00000000000000c2, 0x0000000000000046, 0x0000000000000097,
            0x0000000000000009, 0x0000000000000029,
        ]),
        FixtureStep(call: .randint(low: 3, high: 10, size: [9], dtype: .uint8), picks: nil, expected: [
            0x0000000000000005, 0x0000000000000005, 0x0000000000000005, 0x0000000000000008,
            0x0000000000000004, 0x0000000000000006, 0x0000000000000009, 0x0000000000000005,
            0x0000000000000008,
        ]),
        FixtureStep(call: .randint(low: 0, high: 2, size: [40], dtype: .bool), picks: nil, expected: [
            0x0000000000000001, 0x0000000000000000, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000000, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000001, 0x0000000000000000,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000001, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000001, 0x0000000000000000, 0x0000000000000000,
            0x0000000000000001, 0x0000000000000001, 0x0000000000000000, 0x0000000000000001,
            0x0000000000000000, 0x0000000000000000, 0x0000000000000001, 0x0000000000000000,
        ]),
        FixtureStep(call: .randint(low: 1000, high: nil, size: nil, dtype: .int32), picks: nil, expected: [
            0x00000000000000ea,
        ]),
        FixtureStep(call: .randint(low: 0, high: 10, size: [2, 3], dtype: .int64), picks: nil, expected: [
            0x0000000000000001, 0x0000000000000005, 0x0000000000000007, 0x0000000000000009,
            0x0000000000000009, 0x0000000000000006,
        ]),
    ]
)

/// Every fixture above, in order.
let randomStateFixtures: [RandomFixture] = [
    fixture0, fixture1, fixture2, fixture3, fixture4, fixture5, fixture6, fixture7,
    fixture8, fixture9, fixture10, fixture11, fixture12, fixture13, fixture14, fixture15,
    fixture16, fixture17, fixture18, fixture19, fixture20, fixture21, fixture22, fixture23,
    fixture24, fixture25, fixture26, fixture27, fixture28, fixture29, fixture30, fixture31,
    fixture32, fixture33, fixture34, fixture35, fixture36, fixture37, fixture38, fixture39,
    fixture40, fixture41, fixture42, fixture43, fixture44, fixture45, fixture46, fixture47,
    fixture48, fixture49, fixture50, fixture51, fixture52, fixture53, fixture54, fixture55,
]
