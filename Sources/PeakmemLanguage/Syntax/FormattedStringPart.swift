/// A piece of an f-string: literal text, or a replacement field `{expression!conversion:spec}`.
public indirect enum FormattedStringPart: Sendable, Equatable {
    /// Text copied as is (`{{` and `}}` already reduced to one brace).
    case literal(String)
    /// `{expression}`, `{expression!r}`, `{expression:.3f}`; the format spec may itself hold
    /// replacement fields (`{x:{width}}`). `conversion` is `r`, `s` or `a`.
    case field(Expression, conversion: Character?, spec: [FormattedStringPart])
}
