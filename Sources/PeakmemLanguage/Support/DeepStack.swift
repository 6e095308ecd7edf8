#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs recursive work (parsing, checking, interpreting scenario code) on a thread whose stack
/// is large enough for the deepest code the front end accepts, and tells that work how much
/// stack is left.
///
/// The limits that bound recursion are CPython's: 200 nested brackets, 100 indentation levels,
/// expressions 2990 nodes deep (``Expression/maximumDepth``) and 1000 nested function calls.
/// A walk over a tree that deep needs more than the 8 MiB a main thread has (a debug build's
/// frames are large), so ``run(_:)`` moves the work to a thread with a ``stackSize`` stack
/// (reserved address space; only the pages touched are ever backed by memory) unless the
/// current thread is already such a thread with ``required`` bytes left. ``remaining`` is the backstop: the interpreter
/// raises `RecursionError` when it falls below a margin instead of overflowing the stack.
public enum DeepStack {
    /// The stack size of the thread ``run(_:)`` creates: 512 MiB of address space.
    public static let stackSize = 512 << 20
    /// Work that finds less stack than this left runs on a new thread.
    public static let required = 256 << 20
    /// Expressions at most this deep (and code without functions) are walked on the caller's
    /// thread: its stack is enough for them, and the thread then stays the one the caller
    /// measures.
    public static let shallowDepth = 32
    /// Source text longer than this is parsed on a deep stack (an expression nested deeper than
    /// ``shallowDepth`` needs at least that many characters).
    public static let shallowSourceLength = 4096

    /// The bytes of stack left below the caller's frame, on a thread ``run(_:)`` created; nil
    /// on any other thread (whose bounds Swift cannot read portably).
    public static var remaining: Int? {
        guard let bound = pthread_getspecific(lowestAddressKey) else { return nil }
        return address(ofLocal: ()) - Int(bitPattern: bound)
    }

    /// The address of a local of the caller's frame.
    @inline(never)
    private static func address(ofLocal _: Void) -> Int {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { Int(bitPattern: $0) }
    }

    /// The thread-local slot holding the lowest usable stack address of a ``run(_:)`` thread.
    private static let lowestAddressKey: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// The result of `body`, run on the current thread when it is not `needed` or the thread
    /// is one of ours with ``required`` bytes of stack left, otherwise on a new thread with a ``stackSize`` stack
    /// (the caller waits for it; if no thread can be made, `body` runs here).
    public static func run<T>(when needed: Bool = true, _ body: () throws(LanguageError) -> T) throws(LanguageError) -> T {
        guard needed else { return try body() }
        if let remaining, remaining >= required { return try body() }
        var outcome: Result<T, LanguageError>?
        let started = withoutActuallyEscaping(body) { escapable in
            Job {
                do throws(LanguageError) { outcome = .success(try escapable()) } catch { outcome = .failure(error) }
            }.start()
        }
        guard started, let outcome else { return try body() }
        return try outcome.get()
    }

    /// One piece of work on its own thread.
    /// Sendable (unchecked): handed to exactly one new thread, which only calls ``body``; the
    /// caller waits for that thread before it reads what the body wrote.
    private final class Job: @unchecked Sendable {
        let body: () -> Void

        init(_ body: @escaping () -> Void) { self.body = body }

        /// The thread's function: notes where its stack ends, then runs the body.
        func threadMain() {
            // The stack grows down from about here; keep 1 MiB of slack for what the thread's
            // start-up used.
            let top = DeepStack.address(ofLocal: ())
            pthread_setspecific(DeepStack.lowestAddressKey, UnsafeRawPointer(bitPattern: top - DeepStack.stackSize + (1 << 20)))
            body()
        }

        /// Runs the body on a new thread and waits for it; false when no thread could be made.
        func start() -> Bool {
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            pthread_attr_setstacksize(&attributes, DeepStack.stackSize)
            var thread = pthread_t()
            let context = Unmanaged.passRetained(self).toOpaque()
            let code = pthread_create(&thread, &attributes, { context in
                Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().threadMain()
                return nil
            }, context)
            guard code == 0 else {
                Unmanaged<Job>.fromOpaque(context).release()
                return false
            }
            pthread_join(thread, nil)
            return true
        }
    }
}
