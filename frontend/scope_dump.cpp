// Front end — prints a symbol table as text for people and as JSON for the CPython oracle.
#include "frontend/scope_dump.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include <fmt/format.h>

namespace py2cpp {
namespace {

// The flags the oracle knows, in Lib/symtable.py's order, with the names tests/symtable_json.py gives them.
struct FlagName {
    SymbolFlag flag;
    const char* name;
};
constexpr FlagName kFlagNames[] = {
    {SymbolFlag::DEF_PARAM, "param"},           {SymbolFlag::DEF_LOCAL, "assigned"},
    {SymbolFlag::USE, "referenced"},            {SymbolFlag::DEF_IMPORT, "imported"},
    {SymbolFlag::DEF_GLOBAL, "declared_global"}, {SymbolFlag::DEF_NONLOCAL, "nonlocal"},
    {SymbolFlag::DEF_ANNOT, "annotated"},
};

// json.dumps(ensure_ascii=True): everything outside printable ASCII as \uXXXX, astral planes as pairs.
void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        std::uint32_t cp = c;
        std::size_t len = 1;
        if (c >= 0xF0) {
            len = 4;
            cp = c & 0x07u;
        } else if (c >= 0xE0) {
            len = 3;
            cp = c & 0x0Fu;
        } else if (c >= 0xC0) {
            len = 2;
            cp = c & 0x1Fu;
        }
        if (i + len > s.size()) len = s.size() - i;  // truncated input: take what there is
        for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
        i += len;
        if (cp == '"' || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp >= 0x20 && cp < 0x7F) {
            out += static_cast<char>(cp);
        } else if (cp < 0x10000) {
            fmt::format_to(std::back_inserter(out), "\\u{:04x}", cp);
        } else {
            std::uint32_t v = cp - 0x10000;
            fmt::format_to(std::back_inserter(out), "\\u{:04x}\\u{:04x}", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
        }
    }
    out += '"';
}

std::vector<const Symbol*> sorted_symbols(const Scope& s) {
    std::vector<const Symbol*> syms(s.symbols.begin(), s.symbols.end());
    // UTF-8 byte order is code point order, which is how Python sorts str keys.
    std::sort(syms.begin(), syms.end(), [](const Symbol* a, const Symbol* b) { return a->name < b->name; });
    return syms;
}

void append_json(std::string& out, const Scope& s) {
    out += "{\"children\":[";
    bool first = true;
    for (const Scope* child : s.children) {
        if (!first) out += ',';
        first = false;
        append_json(out, *child);
    }
    out += "],\"lineno\":";
    fmt::format_to(std::back_inserter(out), "{}", s.lineno);
    out += ",\"name\":";
    append_json_string(out, s.name);
    out += ",\"symbols\":{";
    first = true;
    for (const Symbol* sym : sorted_symbols(s)) {
        if (!first) out += ',';
        first = false;
        append_json_string(out, sym->name);
        out += ":{\"flags\":[";
        bool first_flag = true;
        for (const FlagName& f : kFlagNames) {
            if (!sym->flags.has(f.flag)) continue;
            if (!first_flag) out += ',';
            first_flag = false;
            out += '"';
            out += f.name;
            out += '"';
        }
        out += "],\"scope\":\"";
        out += to_string(sym->scope);
        out += "\"}";
    }
    out += "},\"type\":\"";
    out += to_string(s.type);
    out += "\"}";
}

void append_names(std::string& out, const char* label, const std::vector<std::string_view>& names) {
    if (names.empty()) return;
    out += label;
    for (std::size_t i = 0; i < names.size(); ++i) {
        out += i == 0 ? " " : ", ";
        out += names[i];
    }
}

void append_padded(std::string& out, std::string_view text, std::size_t width) {
    out += text;
    if (text.size() < width) out.append(width - text.size(), ' ');
}

void append_text(std::string& out, const Scope& s, int depth) {
    std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
    out += indent;
    out += to_string(s.type);
    out += ' ';
    out += s.name;
    out += " (line ";
    out += std::to_string(s.lineno);
    out += ')';
    if (s.generator) out += " generator";
    if (s.coroutine) out += " coroutine";
    if (s.needs_class_closure) out += " needs-__class__-cell";
    append_names(out, " cells:", s.cellvars);
    append_names(out, " frees:", s.freevars);
    out += '\n';
    for (const Symbol* sym : s.symbols) {
        out += indent;
        out += "    ";
        append_padded(out, sym->name, 24);
        out += ' ';
        append_padded(out, to_string(sym->scope), 16);
        for (const FlagName& f : kFlagNames) {
            if (!sym->flags.has(f.flag)) continue;
            out += ' ';
            out += f.name;
        }
        if (sym->flags.has(SymbolFlag::DEF_FREE_CLASS)) out += " free_in_methods";
        // Trailing blanks from the padding would only get in the way of diffs.
        while (!out.empty() && out.back() == ' ') out.pop_back();
        out += '\n';
    }
    for (const Scope* child : s.children) append_text(out, *child, depth + 1);
}

}  // namespace

std::string scopes_json(const Scope& top) {
    std::string out;
    out.reserve(4096);
    append_json(out, top);
    out += '\n';
    return out;
}

std::string scopes_text(const Scope& top) {
    std::string out;
    append_text(out, top, 0);
    return out;
}

}  // namespace py2cpp
