import PeakmemResults

extension NDArray {
    /// ``copy(order:)`` made by an operation for its operand number `operand` (0-based) because
    /// the operation cannot read the operand's layout (e.g. `np.dot` handing a matrix to BLAS):
    /// the same bytes as `copy(order:)`, recorded in the ledger as
    /// ``AllocationRole/layoutCopy(operand:order:)`` with the order the copy has.
    func layoutCopy(operand: Int, order: MemoryOrder) throws(EngineError) -> NDArray {
        let resolved: MemoryOrder = switch order {
        case .c, .fortran: order
        case .any, .keep: isFContiguous && !isCContiguous ? .fortran : .c
        }
        return try Ledger.current.withRole(.layoutCopy(operand: operand, order: resolved.rawValue)) { () throws(EngineError) in
            try copy(order: order)
        }
    }

    /// `astype(dtype, order: .keep)` made by an operation to convert its operand number
    /// `operand` to the dtype it computes in: recorded as ``AllocationRole/castCopy(operand:dtype:)``.
    func castCopy(operand: Int, to dtype: DType) throws(EngineError) -> NDArray {
        try Ledger.current.withRole(.castCopy(operand: operand, dtype: dtype.description)) { () throws(EngineError) in
            try astype(dtype, order: .keep)
        }
    }
}
