import PeakmemEngine

extension RuntimeError {
    /// The Python exception NumPy raises for an engine error, with the engine's NumPy-like
    /// message: broadcasting and shape errors are `ValueError`s, bad indices `IndexError`s,
    /// axes NumPy's `AxisError`, missing loops and refused casts `TypeError`s (NumPy's
    /// `UFuncTypeError` subclasses), Python integers out of a dtype's bounds `OverflowError`s,
    /// allocation failures `MemoryError`s, missing files `FileNotFoundError`s, singular or
    /// non-positive-definite matrices `numpy.linalg.LinAlgError`s. Shapes are written as
    /// NumPy's messages write them, without blanks: `(3,4) (5,)`.
    public init(_ error: EngineError) {
        // NumPy's MemoryError writes its shape with blanks; its other messages without.
        let message = if case .outOfMemory = error { error.description }
                      else { error.description.trimmingTrailingSpaces.compactingShapes }
        let type: String
        switch error {
        case .arrayTooBig,
             .broadcastMismatch, .cannotReshape, .invalidReshape, .axesDontMatch, .negativeDimension, .badOutput,
             .invalidArgument, .booleanAssignmentCount, .assignmentShapeMismatch:
            type = "ValueError"
        case .axisOutOfBounds:
            type = "AxisError"
        case .indexOutOfBounds, .tooManyIndices, .booleanIndexMismatch:
            type = "IndexError"
        case .unsupportedTypes, .castingRefused, .unsupportedOperation, .noLoop, .booleanAssignmentDimensions:
            type = "TypeError"
        case .integerOutOfBounds:
            type = "OverflowError"
        case .unsupportedDType:
            type = RuntimeError.unsupportedType
        case .outOfMemory, .memoryLimitExceeded:
            type = "MemoryError"
        case .file:
            type = "OSError"
        case .fileNotFound:
            type = "FileNotFoundError"
        case .linearAlgebra:
            type = "LinAlgError"
        }
        self.init(type, message, cause: .engine(error))
    }
}

/// Runs an engine operation, turning its error into the Python exception NumPy raises
/// (a ``RuntimeError`` thrown inside passes through unchanged).
@inline(__always)
func engine<T>(_ body: () throws -> T) throws(RuntimeError) -> T {
    do {
        return try body()
    } catch let error as EngineError {
        throw RuntimeError(error)
    } catch let error as RuntimeError {
        throw error
    } catch {
        throw RuntimeError("SystemError", "\(error)")
    }
}

extension String {
    /// The text with every shape tuple written without blanks (`(3, 4)` becomes `(3,4)`), as
    /// NumPy's messages write shapes.
    var compactingShapes: String {
        var result = ""
        var group: String?
        for character in self {
            if character == "(" {
                if let pending = group { result += pending }
                group = "("
            } else if var pending = group {
                if character == ")" {
                    pending.append(")")
                    let inner = pending.dropFirst().dropLast()
                    let isShape = !inner.isEmpty && inner.allSatisfy { $0.isNumber || $0 == "," || $0 == " " || $0 == "-" }
                    result += isShape ? pending.filter { $0 != " " } : pending
                    group = nil
                } else {
                    pending.append(character)
                    group = pending
                }
            } else {
                result.append(character)
            }
        }
        if let pending = group { result += pending }
        return result
    }

    /// The text without trailing blanks (NumPy's broadcast message ends with one).
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
