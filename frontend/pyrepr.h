// Front end — Python's repr() of the constants the parser produces, character for character as CPython 3.11.
//
// ast_dump prints constants with these, and must match `ast.dump` exactly, so each function follows the
// CPython routine named beside it. The append_ forms write into an existing buffer (the dumper's hot path).
#pragma once

#include <string>
#include <string_view>

#include "frontend/ast.h"

namespace py2cpp {

// float.__repr__: the shortest digits that round-trip, exponent form below 1e-4 and from 1e16 on.
std::string repr_float(double value);
// complex.__repr__ of a complex whose real part is +0.0 (the only kind a literal makes): `1j`, `1e+16j`.
std::string repr_complex(double imag);
// str.__repr__ of UTF-8 text. Lone surrogates come WTF-8 encoded and print as `\udXXX`; a byte that is not
// part of any UTF-8 sequence prints as its surrogateescape code point, `\udcXX`.
std::string repr_str(std::string_view utf8);
// bytes.__repr__: `b'...'`.
std::string repr_bytes(std::string_view bytes);
// repr() of any constant: None, Ellipsis, True, False, int, float, complex, str, bytes.
std::string repr_constant(const ast::ConstantValue& value);

void append_repr_float(std::string& out, double value);
void append_repr_complex(std::string& out, double imag);
void append_repr_str(std::string& out, std::string_view utf8);
void append_repr_bytes(std::string& out, std::string_view bytes);
void append_repr_constant(std::string& out, const ast::ConstantValue& value);

}  // namespace py2cpp
