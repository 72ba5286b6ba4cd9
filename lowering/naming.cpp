// Lowering — the naming service (see naming.h for the rules).
#include "lowering/naming.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace py2cpp {

namespace {

// C++20 keywords and alternative tokens, the names emitted code relies on, and lowercase macros of the C and
// C++ headers the runtime includes.
const std::set<std::string, std::less<>> kReserved = {
    "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case", "catch",
    "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval", "constexpr",
    "constinit", "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype", "default", "delete",
    "do", "double", "dynamic_cast", "else", "enum", "explicit", "export", "extern", "false", "float", "for",
    "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept", "not", "not_eq",
    "nullptr", "operator", "or", "or_eq", "private", "protected", "public", "register", "reinterpret_cast",
    "requires", "return", "short", "signed", "sizeof", "static", "static_assert", "static_cast", "struct",
    "switch", "template", "this", "thread_local", "throw", "true", "try", "typedef", "typeid", "typename",
    "union", "unsigned", "using", "virtual", "void", "volatile", "wchar_t", "while", "xor", "xor_eq", "final",
    "override", "import", "module",
    // what the emitted code names at namespace scope
    "main", "py", "std", "code", "constants", "main_module", "module_body",
    // lowercase macros of <cstdio>, <cerrno>, <cassert>, <cstdarg>, <csetjmp>, <cstddef>, glibc
    "assert", "errno", "stdin", "stdout", "stderr", "offsetof", "setjmp", "va_start", "va_arg", "va_end",
    "va_copy", "alloca", "unix", "linux", "i386", "major", "minor", "makedev", "getc", "putc", "getchar",
    "putchar", "toupper", "tolower", "isascii", "toascii",
};

bool is_macro_like(std::string_view s) {
    // ALL_CAPS names (EOF, NULL, EDOM, INT_MAX, ...) are the macro namespace of C; two letters or more.
    int letters = 0;
    for (char c : s) {
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') ++letters;
    }
    return letters >= 2;
}

std::string fmt_hex(unsigned char c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "u%02x", c);
    return buf;
}

// Makes a name distinct without ever forming `__`: `x` → `x_`, `x_` → `x_1_`.
void add_suffix(std::string& s) { s += !s.empty() && s.back() == '_' ? "1_" : "_"; }

}  // namespace

std::string cpp_identifier(std::string_view python_name) {
    std::string out;
    for (std::size_t i = 0; i < python_name.size();) {
        auto c = static_cast<unsigned char>(python_name[i]);
        if (c < 0x80) {
            if (c == '<' || c == '>') {
                ++i;
                continue;  // the names CPython gives anonymous code, `<lambda>` and `<listcomp>`, lose their brackets
            }
            if (c == '_' && !out.empty() && out.back() == '_') {
                ++i;
                continue;  // `__` is reserved anywhere in a C++ name
            }
            if (!std::isalnum(c) && c != '_') {
                // compiler-made names such as a comprehension's `.0` parameter
                out += fmt_hex(c);
                ++i;
                continue;
            }
            out += static_cast<char>(c);
            ++i;
            continue;
        }
        // decode one UTF-8 sequence (the front end only hands us valid identifiers)
        int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        std::uint32_t cp = c & (0x7F >> len);
        for (int k = 1; k < len && i + static_cast<std::size_t>(k) < python_name.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(python_name[i + static_cast<std::size_t>(k)]) & 0x3F);
        char buf[16];
        std::snprintf(buf, sizeof buf, "u%04x", static_cast<unsigned>(cp));
        if (!out.empty() && out.back() != '_') out += '_';
        out += buf;
        out += '_';
        i += static_cast<std::size_t>(len);
    }
    if (!out.empty() && out.back() == '_' && out.size() > 1 && out[out.size() - 2] == '_') out.pop_back();
    if (!out.empty() && (out[0] == '_' || std::isdigit(static_cast<unsigned char>(out[0])))) out.insert(0, "u");
    if (kReserved.count(out) != 0 || is_macro_like(out)) add_suffix(out);
    return out;
}

const std::string& NameScope::name(std::string_view python_name) {
    auto it = assigned_.find(python_name);
    if (it != assigned_.end()) return it->second;
    return assigned_.emplace(std::string(python_name), fresh(python_name)).first->second;
}

std::string NameScope::fresh(std::string_view python_name) {
    std::string candidate = cpp_identifier(python_name);
    while (used_.count(candidate) != 0) add_suffix(candidate);
    used_.insert(candidate);
    return candidate;
}

std::string module_symbol(std::string_view module) {
    std::string out = "py2cpp_module";
    std::size_t start = 0;
    while (start <= module.size()) {
        std::size_t dot = std::min(module.find('.', start), module.size());
        std::string part = cpp_identifier(module.substr(start, dot - start));
        out += "_" + std::to_string(part.size()) + part;
        start = dot + 1;
    }
    return out;
}

}  // namespace py2cpp
