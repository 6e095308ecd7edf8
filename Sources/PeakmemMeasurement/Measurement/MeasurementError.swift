#if canImport(Glibc)
import Glibc
#endif

/// A failure of the measurement machinery itself (never an error of the measured code, which
/// propagates unchanged).
public enum MeasurementError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A jemalloc control failed.
    case jemalloc(JemallocError)
    /// Reading or resetting `/proc/self` figures failed.
    case process(ProcessMemoryError)
    /// OpenBLAS did not describe itself as expected (the message says what was found).
    case unrecognizedOpenBLAS(String)
    /// ``Sampler/start()`` on a sampler that is already running.
    case samplerAlreadyRunning
    /// ``Sampler/stop()`` on a sampler that is not running.
    case samplerNotRunning
    /// The sampler's thread could not be created (`pthread_create`'s error code).
    case samplerThread(errno: Int32)
    /// A sampling interval shorter than 1 µs, or a timeline capacity below 2.
    case invalidSamplerConfiguration(String)

    public var description: String {
        switch self {
        case .jemalloc(let error): return error.description
        case .process(let error): return error.description
        case .unrecognizedOpenBLAS(let message): return "unrecognised OpenBLAS: \(message)"
        case .samplerAlreadyRunning: return "the sampler is already running"
        case .samplerNotRunning: return "the sampler is not running"
        case .samplerThread(let code):
            return "cannot start the sampler thread: \(String(cString: strerror(code)))"
        case .invalidSamplerConfiguration(let message): return "invalid sampler configuration: \(message)"
        }
    }
}

/// Runs a jemalloc call, wrapping its error as ``MeasurementError/jemalloc(_:)``.
func jemallocCall<T>(_ call: @autoclosure () throws(JemallocError) -> T) throws(MeasurementError) -> T {
    do { return try call() } catch { throw .jemalloc(error) }
}

/// Runs a `/proc` call, wrapping its error as ``MeasurementError/process(_:)``.
func processCall<T>(_ call: @autoclosure () throws(ProcessMemoryError) -> T) throws(MeasurementError) -> T {
    do { return try call() } catch { throw .process(error) }
}
