// Runtime — the methods of str (`s.name(args)`), with CPython's results and error messages.
//
// A str holds UTF-8; methods that count or index characters work on code points (an ASCII string, the common
// case, takes the byte-wise shortcut). Character properties come from the generated Unicode tables.
#include <algorithm>
#include <cstring>

#include "internal.h"
#include "unicode.h"

namespace py {

namespace {

using unicode::decode;

std::u32string code_points(const std::string& s) {
    std::u32string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) out += decode(s.data(), i);
    return out;
}

std::string utf8(const std::u32string& s) {
    std::string out;
    out.reserve(s.size());
    for (char32_t c : s) unicode::append_utf8(out, c);
    return out;
}

void append_mapped(std::string& out, char32_t c, const char* mapped) {
    if (mapped != nullptr)
        out += mapped;
    else
        unicode::append_utf8(out, c);
}

[[noreturn]] void no_attribute(const Value& self, const char* name) {
    raise(&AttributeError, std::string("'") + type_name(self) + "' object has no attribute '" + name + "'");
}

void expect_args(const char* name, std::size_t n, std::size_t lo, std::size_t hi) {
    if (n >= lo && n <= hi) return;
    std::string method = std::string("str.") + name + "()";
    if (lo == hi && lo == 0) raise(&TypeError, method + " takes no arguments (" + std::to_string(n) + " given)");
    if (lo == hi && lo == 1) raise(&TypeError, method + " takes exactly one argument (" + std::to_string(n) + " given)");
    if (n < lo)
        raise(&TypeError, std::string(name) + " expected at least " + std::to_string(lo) + " argument" +
                              (lo == 1 ? "" : "s") + ", got " + std::to_string(n));
    raise(&TypeError, std::string(name) + " expected at most " + std::to_string(hi) + " argument" +
                          (hi == 1 ? "" : "s") + ", got " + std::to_string(n));
}

const std::string& str_arg(const Value& v, const char* message_prefix) {
    if (!is_str(v)) raise(&TypeError, std::string(message_prefix) + type_name(v));
    return as<Str>(v).data;
}

bool is_space(char32_t c) { return c < 0x80 ? (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F)) : unicode::is_space(c); }

// An optional int argument (absent or None gives `fallback`).
std::int64_t int_arg(const Value* a, std::size_t n, std::size_t i, std::int64_t fallback) {
    if (i >= n || a[i].is_unbound() || a[i].is_none()) return fallback;
    if (!a[i].is_small_intlike()) {
        if (!is_intlike(a[i]))
            raise(&TypeError, std::string("slice indices must be integers or None or have an __index__ method"));
        return compare(a[i], Value::integer(0), CmpOp::Lt) ? INT64_MIN / 4 : INT64_MAX / 4;
    }
    return a[i].as_small();
}

// [start, end) of s.find(sub, start, end) after CPython's slice adjustment.
void adjust_range(std::int64_t length, std::int64_t& start, std::int64_t& end) {
    if (end > length) end = length;
    if (end < 0) end = std::max<std::int64_t>(end + length, 0);
    if (start < 0) start = std::max<std::int64_t>(start + length, 0);
}

// find/rfind/index/rindex/count over code points.
std::int64_t find_in(const std::u32string& s, const std::u32string& sub, std::int64_t start, std::int64_t end,
                     bool from_right) {
    auto length = static_cast<std::int64_t>(s.size());
    adjust_range(length, start, end);
    auto m = static_cast<std::int64_t>(sub.size());
    if (start > length || end - start < m) return -1;
    if (from_right) {
        for (std::int64_t i = end - m; i >= start; --i)
            if (s.compare(static_cast<std::size_t>(i), sub.size(), sub) == 0) return i;
        return -1;
    }
    for (std::int64_t i = start; i + m <= end; ++i)
        if (s.compare(static_cast<std::size_t>(i), sub.size(), sub) == 0) return i;
    return -1;
}

std::int64_t count_in(const std::u32string& s, const std::u32string& sub, std::int64_t start, std::int64_t end) {
    auto length = static_cast<std::int64_t>(s.size());
    adjust_range(length, start, end);
    if (start > length || end < start) return 0;
    if (sub.empty()) return end - start + 1;
    std::int64_t c = 0;
    for (std::int64_t i = start; i + static_cast<std::int64_t>(sub.size()) <= end;) {
        if (s.compare(static_cast<std::size_t>(i), sub.size(), sub) == 0) {
            ++c;
            i += static_cast<std::int64_t>(sub.size());
        } else {
            ++i;
        }
    }
    return c;
}

Value make_list_of(std::vector<std::string> parts) {
    auto* out = new List();
    Value result = Value::object(out);
    out->items.reserve(parts.size());
    for (auto& p : parts) out->items.push_back(new_str(std::move(p)));
    return result;
}

// split/rsplit; `sep` null: runs of whitespace.
Value split(const std::string& s, const std::string* sep, std::int64_t maxsplit, bool from_right) {
    std::vector<std::string> parts;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    if (sep == nullptr) {
        std::u32string cps = code_points(s);
        auto n = static_cast<std::int64_t>(cps.size());
        if (!from_right) {
            std::int64_t i = 0;
            while (true) {
                while (i < n && is_space(cps[static_cast<std::size_t>(i)])) ++i;
                if (i >= n) break;
                if (static_cast<std::int64_t>(parts.size()) == maxsplit) {
                    // CPython keeps the remainder as is: its trailing whitespace is not stripped
                    parts.push_back(utf8(cps.substr(static_cast<std::size_t>(i))));
                    break;
                }
                std::int64_t j = i;
                while (j < n && !is_space(cps[static_cast<std::size_t>(j)])) ++j;
                parts.push_back(utf8(cps.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(j - i))));
                i = j;
            }
        } else {
            std::int64_t i = n;
            while (true) {
                while (i > 0 && is_space(cps[static_cast<std::size_t>(i - 1)])) --i;
                if (i <= 0) break;
                if (static_cast<std::int64_t>(parts.size()) == maxsplit) {
                    // the remainder keeps its leading whitespace, as in CPython
                    parts.push_back(utf8(cps.substr(0, static_cast<std::size_t>(i))));
                    break;
                }
                std::int64_t j = i;
                while (j > 0 && !is_space(cps[static_cast<std::size_t>(j - 1)])) --j;
                parts.push_back(utf8(cps.substr(static_cast<std::size_t>(j), static_cast<std::size_t>(i - j))));
                i = j;
            }
            std::reverse(parts.begin(), parts.end());
        }
        return make_list_of(std::move(parts));
    }
    if (sep->empty()) raise(&ValueError, "empty separator");
    // UTF-8 is self-synchronizing: a byte-wise match of a valid separator is a code-point match
    if (!from_right) {
        std::size_t i = 0;
        for (std::size_t j; static_cast<std::int64_t>(parts.size()) < maxsplit && (j = s.find(*sep, i)) != std::string::npos;
             i = j + sep->size())
            parts.push_back(s.substr(i, j - i));
        parts.push_back(s.substr(i));
    } else {
        std::size_t end = s.size();
        while (static_cast<std::int64_t>(parts.size()) < maxsplit && end >= sep->size()) {
            std::size_t j = s.rfind(*sep, end - sep->size());
            if (j == std::string::npos) break;
            parts.push_back(s.substr(j + sep->size(), end - j - sep->size()));
            end = j;
        }
        parts.push_back(s.substr(0, end));
        std::reverse(parts.begin(), parts.end());
    }
    return make_list_of(std::move(parts));
}

bool is_line_break(char32_t c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

Value splitlines(const std::string& s, bool keepends) {
    std::u32string cps = code_points(s);
    std::vector<std::string> parts;
    std::size_t i = 0;
    while (i < cps.size()) {
        std::size_t j = i;
        while (j < cps.size() && !is_line_break(cps[j])) ++j;
        std::size_t eol = j;
        if (j < cps.size()) {
            eol = j + ((cps[j] == '\r' && j + 1 < cps.size() && cps[j + 1] == '\n') ? 2 : 1);
        }
        parts.push_back(utf8(cps.substr(i, (keepends ? eol : j) - i)));
        i = eol;
    }
    return make_list_of(std::move(parts));
}

// The fill character of center/ljust/rjust.
char32_t fill_char(const Value* a, std::size_t n, std::size_t i, const char* name) {
    if (i >= n) return ' ';
    if (!is_str(a[i]))
        raise(&TypeError, std::string(name) + "() argument 2 must be str, not " + type_name(a[i]));
    std::u32string f = code_points(as<Str>(a[i]).data);
    if (f.size() != 1) raise(&TypeError, "The fill character must be exactly one character long");
    return f[0];
}

Value pad(const Value& self, Str& s, std::int64_t width, char32_t fill, char how) {
    std::int64_t len = s.size();
    if (width <= len) return self;
    std::int64_t total = width - len;
    std::int64_t left = how == '<' ? 0 : how == '>' ? total : total / 2 + (total & width & 1);
    std::string f;
    unicode::append_utf8(f, fill);
    std::string out;
    for (std::int64_t k = 0; k < left; ++k) out += f;
    out += s.data;
    for (std::int64_t k = 0; k < total - left; ++k) out += f;
    return new_str(std::move(out));
}

// The predicates: `want` of every character (and at least one character).
bool all_chars(const std::string& s, bool (*want)(char32_t)) {
    if (s.empty()) return false;
    for (std::size_t i = 0; i < s.size();)
        if (!want(decode(s.data(), i))) return false;
    return true;
}

bool has(char32_t c, unsigned property) { return (unicode::properties(c) & property) != 0; }

// isupper/islower: at least one cased character, and none of the other case.
bool case_predicate(const std::string& s, unsigned wanted, unsigned forbidden) {
    bool cased = false;
    for (std::size_t i = 0; i < s.size();) {
        char32_t c = decode(s.data(), i);
        unsigned p = unicode::properties(c);
        if (p & forbidden) return false;
        if (p & wanted) cased = true;
    }
    return cased;
}

bool is_title(const std::string& s) {
    bool cased = false, previous_cased = false;
    for (std::size_t i = 0; i < s.size();) {
        unsigned p = unicode::properties(decode(s.data(), i));
        if (p & (unicode::prop::Upper | unicode::prop::Title)) {
            if (previous_cased) return false;
            previous_cased = cased = true;
        } else if (p & unicode::prop::Lower) {
            if (!previous_cased) return false;
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return cased;
}

bool is_identifier(const std::string& s) {
    if (s.empty()) return false;
    std::size_t i = 0;
    char32_t first = decode(s.data(), i);
    if (!(first == '_' || has(first, unicode::prop::IdStart))) return false;
    while (i < s.size())
        if (!has(decode(s.data(), i), unicode::prop::IdContinue)) return false;
    return true;
}

// title/capitalize/swapcase: a mapping per character, chosen with what came before.
std::string recase(const std::string& s, char how) {
    std::string out;
    out.reserve(s.size());
    bool previous_cased = false, first = true;
    for (std::size_t i = 0; i < s.size();) {
        char32_t c = decode(s.data(), i);
        const char* mapped = nullptr;
        if (how == 't') {
            mapped = previous_cased ? unicode::lower(c) : unicode::title(c);
            previous_cased = unicode::is_cased(c);
        } else if (how == 'c') {
            mapped = first ? unicode::title(c) : unicode::lower(c);
        } else if (how == 's') {
            unsigned p = unicode::properties(c);
            mapped = (p & unicode::prop::Upper) ? unicode::lower(c) : (p & unicode::prop::Lower) ? unicode::upper(c) : nullptr;
        } else {
            mapped = unicode::casefold(c);
        }
        append_mapped(out, c, mapped);
        first = false;
    }
    return out;
}

std::string expandtabs(const std::string& s, std::int64_t tabsize) {
    std::string out;
    std::int64_t column = 0;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t start = i;
        char32_t c = decode(s.data(), i);
        if (c == '\t') {
            if (tabsize > 0) {
                std::int64_t spaces = tabsize - column % tabsize;
                out.append(static_cast<std::size_t>(spaces), ' ');
                column += spaces;
            }
        } else {
            out.append(s, start, i - start);
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
    }
    return out;
}

// startswith/endswith with a str or a tuple of str, and optional start/end.
bool affix_match(const Value& self, const char* name, const Value* a, std::size_t n) {
    expect_args(name, n, 1, 3);
    bool suffix = name[0] == 'e';
    if (n == 1 && is_str(a[0])) {
        // Without start/end, a code point prefix (suffix) is exactly a UTF-8 byte prefix (suffix).
        const std::string& s = as<Str>(self).data;
        const std::string& affix = as<Str>(a[0]).data;
        if (affix.size() > s.size()) return false;
        return s.compare(suffix ? s.size() - affix.size() : 0, affix.size(), affix) == 0;
    }
    std::u32string s = code_points(as<Str>(self).data);
    std::int64_t start = int_arg(a, n, 1, 0), end = int_arg(a, n, 2, INT64_MAX / 4);
    auto length = static_cast<std::int64_t>(s.size());
    adjust_range(length, start, end);
    auto matches = [&](const Value& p) {
        if (!is_str(p))
            raise(&TypeError, std::string("tuple for ") + name + " must only contain str, not " + type_name(p));
        std::u32string affix = code_points(as<Str>(p).data);
        auto m = static_cast<std::int64_t>(affix.size());
        if (start > length || end - start < m) return false;
        std::int64_t at = suffix ? end - m : start;
        return s.compare(static_cast<std::size_t>(at), affix.size(), affix) == 0;
    };
    if (is_type(a[0], &tuple_type)) {
        for (const Value& p : as<Tuple>(a[0]).items)
            if (matches(p)) return true;
        return false;
    }
    if (!is_str(a[0]))
        raise(&TypeError, std::string(name) + " first arg must be str or a tuple of str, not " + type_name(a[0]));
    return matches(a[0]);
}

Value partition(const std::string& s, const Value& sep_value, bool from_right) {
    const std::string& sep = str_arg(sep_value, "must be str, not ");
    if (sep.empty()) raise(&ValueError, "empty separator");
    std::size_t at = from_right ? s.rfind(sep) : s.find(sep);
    if (at == std::string::npos) {
        Value empty = new_str("");
        return from_right ? make_tuple({empty, empty, new_str(s)}) : make_tuple({new_str(s), empty, empty});
    }
    return make_tuple({new_str(s.substr(0, at)), sep_value, new_str(s.substr(at + sep.size()))});
}

std::string case_map(const std::string& s, bool up) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        std::size_t start = i;
        char32_t c = decode(s.data(), i);
        if (c < 0x80) {
            out += static_cast<char>(up ? std::toupper(static_cast<int>(c)) : std::tolower(static_cast<int>(c)));
            continue;
        }
        if (!up && c == 0x3A3) {
            // final sigma: after a cased letter and not before one
            bool after = false, before = false;
            if (start > 0) {
                std::size_t p = start - 1;
                while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
                after = unicode::is_cased(decode(s.data(), p));
            }
            if (i < s.size()) {
                std::size_t q = i;
                before = unicode::is_cased(decode(s.data(), q));
            }
            out += after && !before ? "\u03c2" : "\u03c3";
            continue;
        }
        const char* mapped = up ? unicode::upper(c) : unicode::lower(c);
        if (mapped != nullptr)
            out += mapped;
        else
            out.append(s, start, i - start);
    }
    return out;
}

Value strip(const std::string& s, const Value* a, std::size_t n, const char* name) {
    expect_args(name, n, 0, 1);
    bool custom = n == 1 && !a[0].is_none();
    if (!custom) {
        // Byte-wise while the ends are ASCII: a non-ASCII byte at an end may be Unicode whitespace, and then
        // the code point path below decides.
        std::size_t b = 0, e = s.size();
        auto ascii_space = [](unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); };
        if (name[0] != 'r')
            while (b < e && ascii_space(static_cast<unsigned char>(s[b]))) ++b;
        if (name[0] != 'l')
            while (e > b && ascii_space(static_cast<unsigned char>(s[e - 1]))) --e;
        bool ends_ascii = (b == e) || ((name[0] == 'r' || static_cast<unsigned char>(s[b]) < 0x80) &&
                                       (name[0] == 'l' || static_cast<unsigned char>(s[e - 1]) < 0x80));
        if (ends_ascii) return b == 0 && e == s.size() ? new_str(s) : new_str(s.substr(b, e - b));
    } else if (is_str(a[0]) && as<Str>(a[0]).is_ascii()) {
        // ASCII characters to strip never match a byte of a multi-byte code point: byte-wise is exact.
        const std::string& chars = as<Str>(a[0]).data;
        std::size_t b = 0, e = s.size();
        if (name[0] != 'r')
            while (b < e && chars.find(s[b]) != std::string::npos) ++b;
        if (name[0] != 'l')
            while (e > b && chars.find(s[e - 1]) != std::string::npos) --e;
        return new_str(s.substr(b, e - b));
    }
    std::u32string chars = custom ? code_points(str_arg(a[0], (std::string(name) + " arg must be None or str, not ").c_str()))
                                  : std::u32string();
    auto strip_me = [&](char32_t c) { return custom ? chars.find(c) != std::u32string::npos : is_space(c); };
    std::u32string cps = code_points(s);
    std::size_t b = 0, e = cps.size();
    if (name[0] != 'r')
        while (b < e && strip_me(cps[b])) ++b;
    if (name[0] != 'l')
        while (e > b && strip_me(cps[e - 1])) --e;
    return new_str(utf8(cps.substr(b, e - b)));
}

}  // namespace

Value str_method(const Value& self, const char* name, const Value* a, std::size_t n, Keywords& kw) {
    const std::string& s = as<Str>(self).data;
    auto is = [&](const char* m) { return std::strcmp(name, m) == 0; };
    if (is("join")) {
        expect_args(name, n, 1, 1);
        std::string out;
        ForIter it(a[0]);
        std::size_t i = 0;
        for (Value x; it.next(x); ++i) {
            if (!is_str(x))
                raise(&TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " + type_name(x) +
                                      " found");
            if (i > 0) out += s;
            out += as<Str>(x).data;
        }
        return new_str(std::move(out));
    }
    if (is("upper") || is("lower")) {
        expect_args(name, n, 0, 0);
        return new_str(case_map(s, is("upper")));
    }
    if (is("title") || is("capitalize") || is("swapcase") || is("casefold")) {
        expect_args(name, n, 0, 0);
        return new_str(recase(s, is("title") ? 't' : is("capitalize") ? 'c' : is("swapcase") ? 's' : 'f'));
    }
    if (is("strip") || is("lstrip") || is("rstrip")) return strip(s, a, n, name);
    if (is("split") || is("rsplit")) {
        kw.check_count(name, n, 2);
        Value sep = kw.positional_or(a, n, 0, "sep", name);
        Value maxsplit = kw.positional_or(a, n, 1, "maxsplit", name);
        kw.finish(name);
        expect_args(name, n, 0, 2);
        const std::string* sep_text = nullptr;
        if (sep.is_bound() && !sep.is_none()) sep_text = &str_arg(sep, "must be str or None, not ");
        if (maxsplit.is_bound() && !is_intlike(maxsplit))
            raise(&TypeError, std::string("'") + type_name(maxsplit) + "' object cannot be interpreted as an integer");
        std::int64_t limit = maxsplit.is_bound() ? int_arg(&maxsplit, 1, 0, -1) : -1;
        return split(s, sep_text, limit, is("rsplit"));
    }
    if (is("splitlines")) {
        Value keepends = kw.positional_or(a, n, 0, "keepends", name);
        kw.finish(name);
        expect_args(name, n, 0, 1);
        return splitlines(s, keepends.is_bound() && truthy(keepends));
    }
    if (is("startswith") || is("endswith")) return Value::boolean(affix_match(self, name, a, n));
    if (is("replace")) {
        expect_args(name, n, 2, 3);
        const std::string& from = str_arg(a[0], "replace() argument 1 must be str, not ");
        const std::string& to = str_arg(a[1], "replace() argument 2 must be str, not ");
        std::int64_t count = int_arg(a, n, 2, -1);
        if (count < 0) count = INT64_MAX;
        std::string out;
        if (from.empty()) {
            // CPython inserts `to` before every code point and at the end, `count` times at most
            std::int64_t done = 0;
            std::size_t i = 0;
            for (; i < s.size() && done < count; ++done) {
                out += to;
                std::size_t start = i;
                decode(s.data(), i);
                out.append(s, start, i - start);
            }
            if (done < count) out += to;
            out.append(s, i, std::string::npos);
            return new_str(std::move(out));
        }
        std::size_t i = 0;
        std::int64_t done = 0;
        for (std::size_t j; done < count && (j = s.find(from, i)) != std::string::npos; i = j + from.size(), ++done) {
            out.append(s, i, j - i);
            out += to;
        }
        out.append(s, i, std::string::npos);
        return new_str(std::move(out));
    }
    if (is("find") || is("rfind") || is("index") || is("rindex") || is("count")) {
        expect_args(name, n, 1, 3);
        const std::string& sub = str_arg(a[0], (std::string("must be str, not ")).c_str());
        std::int64_t start = int_arg(a, n, 1, 0), end = int_arg(a, n, 2, INT64_MAX / 4);
        std::u32string cps = code_points(s), sub_cps = code_points(sub);
        if (is("count")) return Value::integer(count_in(cps, sub_cps, start, end));
        std::int64_t at = find_in(cps, sub_cps, start, end, name[0] == 'r');
        if (at < 0 && (is("index") || is("rindex"))) raise(&ValueError, "substring not found");
        return Value::integer(at);
    }
    if (is("partition") || is("rpartition")) {
        expect_args(name, n, 1, 1);
        return partition(s, a[0], is("rpartition"));
    }
    if (is("center") || is("ljust") || is("rjust")) {
        expect_args(name, n, 1, 2);
        if (!is_intlike(a[0]))
            raise(&TypeError, std::string("'") + type_name(a[0]) + "' object cannot be interpreted as an integer");
        char32_t fill = fill_char(a, n, 1, name);
        return pad(self, as<Str>(self), int_arg(a, n, 0, 0), fill, is("center") ? '^' : is("ljust") ? '<' : '>');
    }
    if (is("zfill")) {
        expect_args(name, n, 1, 1);
        if (!is_intlike(a[0]))
            raise(&TypeError, std::string("'") + type_name(a[0]) + "' object cannot be interpreted as an integer");
        std::int64_t width = int_arg(a, n, 0, 0), len = as<Str>(self).size();
        if (width <= len) return self;
        std::string out = s;
        std::size_t at = !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0;
        out.insert(at, static_cast<std::size_t>(width - len), '0');
        return new_str(std::move(out));
    }
    if (is("expandtabs")) {
        Value tabsize = kw.positional_or(a, n, 0, "tabsize", name);
        kw.finish(name);
        expect_args(name, n, 0, 1);
        if (tabsize.is_bound() && !is_intlike(tabsize))
            raise(&TypeError, std::string("'") + type_name(tabsize) + "' object cannot be interpreted as an integer");
        return new_str(expandtabs(s, tabsize.is_bound() ? int_arg(&tabsize, 1, 0, 8) : 8));
    }
    if (is("removeprefix") || is("removesuffix")) {
        expect_args(name, n, 1, 1);
        const std::string& affix = str_arg(a[0], (std::string(name) + "() argument must be str, not ").c_str());
        bool prefix = is("removeprefix");
        if (affix.size() <= s.size() &&
            (prefix ? s.compare(0, affix.size(), affix) == 0 : s.compare(s.size() - affix.size(), affix.size(), affix) == 0))
            return new_str(prefix ? s.substr(affix.size()) : s.substr(0, s.size() - affix.size()));
        return self;
    }
    if (is("format")) return str_format(s, a, n, kw.all());
    // the predicates
    static const struct {
        const char* name;
        bool (*test)(const std::string&);
    } predicates[] = {
        {"isdigit", [](const std::string& x) { return all_chars(x, [](char32_t c) { return has(c, unicode::prop::Digit); }); }},
        {"isdecimal", [](const std::string& x) { return all_chars(x, [](char32_t c) { return unicode::decimal_value(c) >= 0; }); }},
        {"isnumeric", [](const std::string& x) { return all_chars(x, [](char32_t c) { return has(c, unicode::prop::Numeric); }); }},
        {"isalpha", [](const std::string& x) { return all_chars(x, [](char32_t c) { return has(c, unicode::prop::Alpha); }); }},
        {"isalnum", [](const std::string& x) {
             return all_chars(x, [](char32_t c) { return has(c, unicode::prop::Alpha | unicode::prop::Numeric); });
         }},
        {"isspace", [](const std::string& x) { return all_chars(x, is_space); }},
        {"isupper", [](const std::string& x) { return case_predicate(x, unicode::prop::Upper, unicode::prop::Lower | unicode::prop::Title); }},
        {"islower", [](const std::string& x) { return case_predicate(x, unicode::prop::Lower, unicode::prop::Upper | unicode::prop::Title); }},
        {"istitle", is_title},
        {"isidentifier", is_identifier},
        {"isprintable", [](const std::string& x) {
             return x.empty() || all_chars(x, [](char32_t c) { return c >= 0x20 && (c < 0x7f || unicode::is_printable(c)); });
         }},
        {"isascii", [](const std::string& x) {
             return std::all_of(x.begin(), x.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
         }},
    };
    for (const auto& p : predicates) {
        if (!is(p.name)) continue;
        expect_args(name, n, 0, 0);
        return Value::boolean(p.test(s));
    }
    no_attribute(self, name);
}

}  // namespace py
