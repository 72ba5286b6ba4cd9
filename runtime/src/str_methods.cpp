// Runtime — the methods of str (`s.name(args)`), with CPython's results and error messages.
//
// A str holds UTF-8. Searching, splitting and stripping work on the bytes: UTF-8 is self-synchronizing, so a
// byte-wise match of a valid str is a code-point match, and only the positions reported to the program (find's
// result, start/end arguments) are converted between code points and bytes, which for an ASCII str (its
// length in code points equals its size in bytes) is the identity. Results carry their length in code points
// when it is known, so that len(), indexing and the next method need no scan. Character properties come from
// the generated Unicode tables; an ASCII str takes byte-wise shortcuts for case mapping and the predicates.
#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "internal.h"
#include "method_ids.h"
#include "unicode.h"

namespace py {

namespace {

using unicode::decode;

std::u32string code_points(std::string_view s) {
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
    expect_method_args("str", name, n, lo, hi);
}

// find, index, count and startswith still parse their arguments the old way, and word the error so.
void expect_search_args(const char* name, std::size_t n) {
    if (n < 1) raise(&TypeError, std::string(name) + "() takes at least 1 argument (0 given)");
    if (n > 3) raise(&TypeError, std::string(name) + "() takes at most 3 arguments (" + std::to_string(n) + " given)");
}

std::string_view str_arg(const Value& v, const char* message_prefix) {
    if (!is_str(v)) raise(&TypeError, std::string(message_prefix) + type_name(v));
    return as<Str>(v).text();
}

constexpr bool ascii_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F); }
bool is_space(char32_t c) { return c < 0x80 ? ascii_space(static_cast<unsigned char>(c)) : unicode::is_space(c); }
bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The whitespace character starting at byte i of s: its size in bytes, or 0 when s[i] starts another one.
std::size_t space_at(std::string_view s, std::size_t i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return ascii_space(c) ? 1 : 0;
    std::size_t end = i;
    return unicode::is_space(decode(s.data(), end)) ? end - i : 0;
}

// The whitespace character ending just before byte i of s (i > 0): its size in bytes, or 0.
std::size_t space_before(std::string_view s, std::size_t i) {
    auto c = static_cast<unsigned char>(s[i - 1]);
    if (c < 0x80) return ascii_space(c) ? 1 : 0;
    std::size_t start = i - 1;
    while (start > 0 && is_continuation(s[start])) --start;
    std::size_t end = start;
    return unicode::is_space(decode(s.data(), end)) ? i - start : 0;
}

// The size in bytes of the character starting at byte i.
std::size_t char_size(std::string_view s, std::size_t i) {
    std::size_t end = i + 1;
    while (end < s.size() && is_continuation(s[end])) ++end;
    return end - i;
}

// The byte offset of code point `index` (0 <= index <= length) in s.
std::size_t byte_offset(Str& s, std::int64_t index) {
    if (s.is_ascii() || index == 0) return static_cast<std::size_t>(index);
    if (index >= s.size()) return s.bytes();
    std::size_t i = 0;
    for (std::int64_t k = 0; k < index; ++k) i += char_size(s.text(), i);
    return i;
}

// The code points in bytes [from, to) of s.
std::int64_t code_points_between(std::string_view s, std::size_t from, std::size_t to) {
    std::int64_t n = 0;
    for (std::size_t i = from; i < to; ++i) n += !is_continuation(s[i]);
    return n;
}

// A piece of `s` (bytes [from, to)) as a new str; the pieces of an ASCII str are ASCII.
Value piece(const Str& s, bool ascii, std::size_t from, std::size_t to) {
    return new_str(s.text().substr(from, to - from), ascii ? static_cast<std::int64_t>(to - from) : -1);
}

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

// Forward search for every occurrence of a needle (split, replace, count): memchr jumps to each candidate for
// the needle's first byte, and the rest is compared in place, last byte first. std::string_view::find does the
// same through char_traits, with a memcmp call per candidate, which is most of its time on short texts.
class Finder {
public:
    explicit Finder(std::string_view needle) : needle_(needle) {}
    // The first occurrence starting at or after `from` (<= s.size()), or npos. The needle is not empty.
    // (Inline in its loops: as a call, its setup cost split("\n") as much as the memchr for a line.)
    [[gnu::always_inline]] std::size_t find(std::string_view s, std::size_t from) const {
        std::size_t m = needle_.size();
        if (s.size() - from < m) return std::string_view::npos;
        const char* base = s.data();
        const char* at = base + from;
        const char* last = base + s.size() - m;  // the last place a match can start
        const char* p = needle_.data();
        while (true) {
            at = static_cast<const char*>(std::memchr(at, p[0], static_cast<std::size_t>(last - at) + 1));
            if (at == nullptr) return std::string_view::npos;
            if (at[m - 1] == p[m - 1] && rest_matches(at)) return static_cast<std::size_t>(at - base);
            if (at++ == last) return std::string_view::npos;
        }
    }

private:
    bool rest_matches(const char* at) const {
        for (std::size_t k = 1; k + 1 < needle_.size(); ++k)
            if (at[k] != needle_[k]) return false;
        return true;
    }
    std::string_view needle_;
};

// Byte positions gathered by one pass over a text before the str they size is made: on the stack while
// there are few.
class Positions {
public:
    void push(std::size_t at) {
        if (count_ < few_.size())
            few_[count_] = at;
        else {
            if (count_ == few_.size()) many_.assign(few_.begin(), few_.end());
            many_.push_back(at);
        }
        ++count_;
    }
    std::size_t size() const { return count_; }
    std::size_t operator[](std::size_t k) const { return count_ <= few_.size() ? few_[k] : many_[k]; }

private:
    std::array<std::size_t, 32> few_;
    std::vector<std::size_t> many_;
    std::size_t count_ = 0;
};

// find/rfind/index/rindex (`count` false) and count over the bytes of `self`, with CPython's results for the
// code-point range [start, end).
std::int64_t search(Str& self, Str& sub, std::int64_t start, std::int64_t end, bool from_right, bool count) {
    std::int64_t length = self.size();
    adjust_range(length, start, end);
    std::int64_t sub_length = sub.size();
    if (count) {
        if (start > length || end < start) return 0;
        if (sub_length == 0) return end - start + 1;
    }
    if (start > length || end - start < sub_length) return count ? 0 : -1;
    std::size_t from = byte_offset(self, start), to = byte_offset(self, end);
    std::string_view text = self.text().substr(from, to - from);
    std::string_view needle = sub.text();
    if (count) {
        std::int64_t found = 0;
        Finder finder(needle);
        for (std::size_t at = finder.find(text, 0); at != std::string_view::npos;
             at = finder.find(text, at + needle.size()))
            ++found;
        return found;
    }
    std::size_t at = from_right ? text.rfind(needle) : text.find(needle);
    if (at == std::string_view::npos) return -1;
    return start + (self.is_ascii() ? static_cast<std::int64_t>(at) : code_points_between(self.text(), from, from + at));
}

Value make_list_of(std::vector<std::string> parts) {
    auto* out = new List();
    Value result = Value::object(out);
    out->items.reserve(parts.size());
    for (auto& p : parts) out->items.push_back(new_str(std::move(p)));
    return result;
}

// split/rsplit at runs of whitespace (CPython's rules: the remainder after `maxsplit` pieces keeps its
// whitespace on the inner side).
constexpr auto kAsciiSpace = [] {
    std::array<bool, 256> table{};
    for (int c = 0; c < 128; ++c) table[static_cast<std::size_t>(c)] = ascii_space(static_cast<unsigned char>(c));
    return table;
}();

// The end of the word at byte i of an ASCII text: its first whitespace byte at or after i, or its size. Only a
// byte up to ' ' can be whitespace, and eight bytes at a time are tested for one: subtracting 0x21 from each
// byte borrows into its high bit exactly when it is below 0x21 (no byte has its high bit set), and a borrow
// carried into the next byte comes only from such a byte, so the lowest flagged byte is a real one.
std::size_t ascii_word_end(std::string_view s, std::size_t i) {
    std::size_t n = s.size();
    if constexpr (std::endian::native == std::endian::little) {
        while (i + 8 <= n) {
            std::uint64_t w;
            std::memcpy(&w, s.data() + i, 8);
            std::uint64_t low = (w - 0x2121212121212121u) & ~w & 0x8080808080808080u;
            if (low == 0) {
                i += 8;
                continue;
            }
            i += static_cast<std::size_t>(std::countr_zero(low)) / 8;
            if (kAsciiSpace[static_cast<unsigned char>(s[i])]) return i;
            ++i;  // a control character that is not whitespace
        }
    }
    while (i < n && !kAsciiSpace[static_cast<unsigned char>(s[i])]) ++i;
    return i;
}

// split() of an ASCII str, the common case, in one pass that makes each word's str as it finds it. The list
// starts with room for 12 (or maxsplit + 1 when fewer), as CPython's (PREALLOC_SIZE), and grows as a list does
// beyond that. Out of line: inlined in split(), its loops kept their variables on the stack.
[[gnu::noinline]] void split_ascii_whitespace(const Value& self_value, std::int64_t maxsplit, std::vector<Value>& parts) {
    std::string_view s = as<Str>(self_value).text();
    std::size_t n = s.size();
    parts.reserve(maxsplit < 12 ? static_cast<std::size_t>(maxsplit) + 1 : 12);
    for (std::size_t i = 0;;) {
        while (i < n && kAsciiSpace[static_cast<unsigned char>(s[i])]) ++i;
        if (i >= n) return;
        if (static_cast<std::int64_t>(parts.size()) == maxsplit) {  // the rest, trailing whitespace and all
            parts.push_back(new_str(s.substr(i), static_cast<std::int64_t>(n - i)));
            return;
        }
        std::size_t j = ascii_word_end(s, i);
        if (i == 0 && j == n) {
            parts.push_back(self_value);  // no whitespace: CPython's list holds the str itself
            return;
        }
        // (Str::make, not new_str: the pointer comes back in a register, not a Value through memory)
        parts.push_back(Value::object(Str::make(s.substr(i, j - i), static_cast<std::int64_t>(j - i))));
        i = j;
    }
}

// split()/rsplit() of any str but split() of an ASCII one (split_ascii_whitespace's)
void split_whitespace(const Value& self_value, std::int64_t maxsplit, bool from_right, std::vector<Value>& parts) {
    Str& self = as<Str>(self_value);
    std::string_view s = self.text();
    bool ascii = self.is_ascii();
    std::size_t n = s.size();
    if (!from_right) {
        for (std::size_t i = 0;;) {
            for (std::size_t k; i < n && (k = space_at(s, i)) != 0;) i += k;
            if (i >= n) break;
            if (static_cast<std::int64_t>(parts.size()) == maxsplit) {
                parts.push_back(piece(self, ascii, i, n));
                break;
            }
            std::size_t j = i;
            while (j < n && space_at(s, j) == 0) j += ascii ? 1 : char_size(s, j);
            parts.push_back(piece(self, ascii, i, j));
            i = j;
        }
        return;
    }
    for (std::size_t i = n;;) {
        for (std::size_t k; i > 0 && (k = space_before(s, i)) != 0;) i -= k;
        if (i == 0) break;
        if (static_cast<std::int64_t>(parts.size()) == maxsplit) {
            parts.push_back(piece(self, ascii, 0, i));
            break;
        }
        std::size_t j = i;
        while (j > 0 && space_before(s, j) == 0) {
            --j;
            while (j > 0 && is_continuation(s[j])) --j;
        }
        parts.push_back(piece(self, ascii, j, i));
        i = j;
    }
    std::reverse(parts.begin(), parts.end());
}

// s.split(sep): each piece made as its separator is found, into a list that starts as split_ascii_whitespace's.
[[gnu::noinline]] void split_on_separator(const Value& self_value, std::string_view separator, std::int64_t maxsplit,
                                          std::vector<Value>& parts) {
    Str& self = as<Str>(self_value);
    std::string_view s = self.text();
    bool ascii = self.is_ascii();
    Finder finder(separator);
    parts.reserve(maxsplit < 12 ? static_cast<std::size_t>(maxsplit) + 1 : 12);
    std::size_t i = 0;
    for (std::size_t j; static_cast<std::int64_t>(parts.size()) < maxsplit && (j = finder.find(s, i)) != std::string_view::npos;
         i = j + separator.size())
        parts.push_back(piece(self, ascii, i, j));
    // no separator: CPython's list holds the str itself
    parts.push_back(parts.empty() ? self_value : piece(self, ascii, i, s.size()));
}

// split/rsplit; `sep` null: runs of whitespace.
Value split(const Value& self_value, const Str* sep, std::int64_t maxsplit, bool from_right) {
    Str& self = as<Str>(self_value);
    auto* list = new List();
    Value result = Value::object(list);
    std::vector<Value>& parts = list->items;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    if (sep == nullptr) {
        if (!from_right && self.is_ascii())
            split_ascii_whitespace(self_value, maxsplit, parts);
        else
            split_whitespace(self_value, maxsplit, from_right, parts);
        return result;
    }
    std::string_view separator = sep->text();
    if (separator.empty()) raise(&ValueError, "empty separator");
    // UTF-8 is self-synchronizing: a byte-wise match of a valid separator is a code-point match.
    if (!from_right) {
        split_on_separator(self_value, separator, maxsplit, parts);
        return result;
    }
    std::string_view s = self.text();
    bool ascii = self.is_ascii();
    std::size_t end = s.size();
    while (static_cast<std::int64_t>(parts.size()) < maxsplit && end >= separator.size()) {
        std::size_t j = s.rfind(separator, end - separator.size());
        if (j == std::string::npos) break;
        parts.push_back(piece(self, ascii, j + separator.size(), end));
        end = j;
    }
    // no separator: the str itself, as split
    parts.push_back(parts.empty() ? self_value : piece(self, ascii, 0, end));
    std::reverse(parts.begin(), parts.end());
    return result;
}

// split/rsplit(sep, maxsplit) once the arguments are bound (Unbound: not given).
Value split_call(const Value& self, const Value& sep, const Value& maxsplit, const char* name) {
    const Str* sep_str = nullptr;
    if (sep.is_bound() && !sep.is_none()) {
        str_arg(sep, "must be str or None, not ");
        sep_str = &as<Str>(sep);
    }
    if (maxsplit.is_bound() && !is_intlike(maxsplit))
        raise(&TypeError, std::string("'") + type_name(maxsplit) + "' object cannot be interpreted as an integer");
    std::int64_t limit = maxsplit.is_bound() ? int_arg(&maxsplit, 1, 0, -1) : -1;
    return split(self, sep_str, limit, name[0] == 'r');
}

bool is_line_break(char32_t c) {
    return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85 ||
           c == 0x2028 || c == 0x2029;
}

Value splitlines(std::string_view s, bool keepends) {
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
    std::u32string f = code_points(as<Str>(a[i]).text());
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
    out += s.text();
    for (std::int64_t k = 0; k < total - left; ++k) out += f;
    return new_str(out, width);
}

// The predicates: `want` of every character (and at least one character).
bool all_chars(std::string_view s, bool (*want)(char32_t)) {
    if (s.empty()) return false;
    for (std::size_t i = 0; i < s.size();)
        if (!want(decode(s.data(), i))) return false;
    return true;
}

bool is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(unsigned char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }

bool has(char32_t c, unsigned property) { return (unicode::properties(c) & property) != 0; }

// isupper/islower: at least one cased character, and none of the other case.
bool case_predicate(std::string_view s, unsigned wanted, unsigned forbidden) {
    bool cased = false;
    for (std::size_t i = 0; i < s.size();) {
        char32_t c = decode(s.data(), i);
        unsigned p = unicode::properties(c);
        if (p & forbidden) return false;
        if (p & wanted) cased = true;
    }
    return cased;
}

bool is_title(std::string_view s) {
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

bool is_identifier(std::string_view s) {
    if (s.empty()) return false;
    std::size_t i = 0;
    char32_t first = decode(s.data(), i);
    if (!(first == '_' || has(first, unicode::prop::IdStart))) return false;
    while (i < s.size())
        if (!has(decode(s.data(), i), unicode::prop::IdContinue)) return false;
    return true;
}

// title/capitalize/swapcase: a mapping per character, chosen with what came before.
std::string recase(std::string_view s, char how) {
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

std::string expandtabs(std::string_view s, std::int64_t tabsize) {
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
[[gnu::noinline]] bool affix_match_general(const Value& self, const char* name, const Value* a, std::size_t n);

bool affix_match(const Value& self, const char* name, const Value* a, std::size_t n) {
    if (n == 1 && is_str(a[0])) {
        // Without start/end, a code point prefix (suffix) is exactly a UTF-8 byte prefix (suffix).
        std::string_view s = as<Str>(self).text();
        std::string_view affix = as<Str>(a[0]).text();
        if (affix.size() > s.size()) return false;
        bool suffix = name[0] == 'e';
        return s.substr(suffix ? s.size() - affix.size() : 0, affix.size()) == affix;
    }
    return affix_match_general(self, name, a, n);
}

// affix_match with start/end, a tuple of affixes, or an argument that is wrong.
bool affix_match_general(const Value& self, const char* name, const Value* a, std::size_t n) {
    expect_search_args(name, n);
    bool suffix = name[0] == 'e';
    std::u32string s = code_points(as<Str>(self).text());
    std::int64_t start = int_arg(a, n, 1, 0), end = int_arg(a, n, 2, INT64_MAX / 4);
    auto length = static_cast<std::int64_t>(s.size());
    adjust_range(length, start, end);
    auto matches = [&](const Value& p) {
        if (!is_str(p))
            raise(&TypeError, std::string("tuple for ") + name + " must only contain str, not " + type_name(p));
        std::u32string affix = code_points(as<Str>(p).text());
        auto m = static_cast<std::int64_t>(affix.size());
        if (start > length || end - start < m) return false;
        std::int64_t at = suffix ? end - m : start;
        return s.compare(static_cast<std::size_t>(at), affix.size(), affix) == 0;
    };
    if (is_type(a[0], &tuple_type)) {
        for (const Value& p : as<Tuple>(a[0]).items())
            if (matches(p)) return true;
        return false;
    }
    if (!is_str(a[0]))
        raise(&TypeError, std::string(name) + " first arg must be str or a tuple of str, not " + type_name(a[0]));
    return matches(a[0]);
}

Value partition(std::string_view s, const Value& sep_value, bool from_right) {
    std::string_view sep = str_arg(sep_value, "must be str, not ");
    if (sep.empty()) raise(&ValueError, "empty separator");
    std::size_t at = from_right ? s.rfind(sep) : s.find(sep);
    if (at == std::string::npos) {
        Value empty = new_str("");
        return from_right ? make_tuple({empty, empty, new_str(s)}) : make_tuple({new_str(s), empty, empty});
    }
    return make_tuple({new_str(s.substr(0, at)), sep_value, new_str(s.substr(at + sep.size()))});
}

// upper()/lower() of an ASCII str: byte for byte, the same length.
Value ascii_case_map(const Str& self, bool up) {
    std::size_t n = self.bytes();  // a local: the stores below may alias the header as far as g++ knows
    Str* out = Str::make_for_writing(n, n);
    out->length = self.length;
    const char* in = self.chars();
    char* to = out->chars();
    char from = up ? 'a' : 'A';
    for (std::size_t i = 0; i < n; ++i)  // branch-free, so that the compiler vectorizes it
        to[i] = static_cast<char>(in[i] ^ ((static_cast<unsigned char>(in[i] - from) < 26) << 5));
    return Value::object(out);
}

std::string case_map(std::string_view s, bool up) {
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

// strip/lstrip/rstrip: `self` itself when there is nothing to strip, as in CPython.
Value strip(const Value& self, const Value* a, std::size_t n, const char* name) {
    expect_args(name, n, 0, 1);
    Str& str = as<Str>(self);
    std::string_view s = str.text();
    bool left = name[0] != 'r', right = name[0] != 'l';
    auto result = [&](std::size_t b, std::size_t e, bool ascii) {
        if (b == 0 && e == s.size()) return self;
        return piece(str, ascii, b, e);
    };
    bool custom = n == 1 && !a[0].is_none();
    if (!custom) {
        // Byte-wise while the ends are ASCII: a non-ASCII byte at an end may be Unicode whitespace, and then
        // the code point path below decides.
        std::size_t b = 0, e = s.size();
        if (left)
            while (b < e && ascii_space(static_cast<unsigned char>(s[b]))) ++b;
        if (right)
            while (e > b && ascii_space(static_cast<unsigned char>(s[e - 1]))) --e;
        bool ends_ascii = (b == e) || ((!left || static_cast<unsigned char>(s[b]) < 0x80) &&
                                       (!right || static_cast<unsigned char>(s[e - 1]) < 0x80));
        if (ends_ascii) return result(b, e, str.length == static_cast<std::int64_t>(s.size()));
    } else if (is_str(a[0]) && as<Str>(a[0]).is_ascii()) {
        // ASCII characters to strip never match a byte of a multi-byte code point: byte-wise is exact. The
        // characters become a 128-bit set, so that each byte tested is a lookup, not a search of `chars`.
        std::uint64_t set[2] = {0, 0};
        for (unsigned char c : as<Str>(a[0]).text()) set[c >> 6] |= std::uint64_t{1} << (c & 63);
        auto strip_byte = [&](char ch) {
            auto c = static_cast<unsigned char>(ch);
            return c < 0x80 && ((set[c >> 6] >> (c & 63)) & 1) != 0;
        };
        std::size_t b = 0, e = s.size();
        if (left)
            while (b < e && strip_byte(s[b])) ++b;
        if (right)
            while (e > b && strip_byte(s[e - 1])) --e;
        return result(b, e, str.length == static_cast<std::int64_t>(s.size()));
    }
    if (custom && !is_str(a[0])) raise(&TypeError, std::string(name) + " arg must be None or str");
    std::u32string chars = custom ? code_points(as<Str>(a[0]).text()) : std::u32string();
    auto strip_me = [&](char32_t c) { return custom ? chars.find(c) != std::u32string::npos : is_space(c); };
    std::u32string cps = code_points(s);
    std::size_t b = 0, e = cps.size();
    if (left)
        while (b < e && strip_me(cps[b])) ++b;
    if (right)
        while (e > b && strip_me(cps[e - 1])) --e;
    if (b == 0 && e == cps.size()) return self;
    return new_str(utf8(cps.substr(b, e - b)), static_cast<std::int64_t>(e - b));
}

// sep.join(iterable): the pieces are gathered first (CPython's PySequence_Fast), so the result is sized once.
Value join(const Str& sep, const Value& iterable) {
    // No Python code runs while the items are read, so a list's items can be viewed like a tuple's.
    std::vector<Value> gathered;
    std::span<const Value> items;
    if (iterable.is_obj() && iterable.obj()->type == &list_type) {
        items = as<List>(iterable).items;
    } else if (iterable.is_obj() && iterable.obj()->type == &tuple_type) {
        items = as<Tuple>(iterable).items();
    } else {
        ForIter it(iterable);
        for (Value x; it.next(x);) gathered.push_back(std::move(x));
        items = gathered;
    }
    std::size_t bytes = 0;
    std::int64_t length = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Value& x = items[i];
        if (!is_str(x))
            raise(&TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " + type_name(x) + " found");
        bytes += as<Str>(x).bytes();
        length += as<Str>(x).size();
    }
    if (items.size() == 1) return items[0];  // CPython returns a lone str as is
    if (!items.empty()) {
        bytes += sep.bytes() * (items.size() - 1);
        length += const_cast<Str&>(sep).size() * static_cast<std::int64_t>(items.size() - 1);
    }
    Str* result = Str::make_for_writing(bytes, bytes);
    result->length = length;
    StrWriter out(*result);
    auto put_items = [&](auto separator) {  // (a one-byte separator, the commonest, is a char: one store)
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (i > 0) out.put(separator);
            out.put(as<Str>(items[i]).text());
        }
    };
    if (sep.bytes() == 1)
        put_items(sep.chars()[0]);
    else
        put_items(sep.text());
    return Value::object(result);
}

struct Predicate {
    bool (*test)(std::string_view);
    bool (*ascii)(unsigned char);
};
// Indexed from MethodId::isdigit, in the enum's order.
const Predicate kPredicates[] = {
    {/* isdigit */ [](std::string_view x) { return all_chars(x, [](char32_t c) { return has(c, unicode::prop::Digit); }); },
     is_ascii_digit},
    {/* isdecimal */ [](std::string_view x) { return all_chars(x, [](char32_t c) { return unicode::decimal_value(c) >= 0; }); },
     is_ascii_digit},
    {/* isnumeric */ [](std::string_view x) { return all_chars(x, [](char32_t c) { return has(c, unicode::prop::Numeric); }); },
     is_ascii_digit},
    {/* isalpha */ [](std::string_view x) { return all_chars(x, [](char32_t c) { return has(c, unicode::prop::Alpha); }); },
     is_ascii_alpha},
    {/* isalnum */ [](std::string_view x) {
         return all_chars(x, [](char32_t c) { return has(c, unicode::prop::Alpha | unicode::prop::Numeric); });
     },
     [](unsigned char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }},
    {/* isspace */ [](std::string_view x) { return all_chars(x, is_space); }, ascii_space},
    {/* isupper */ [](std::string_view x) { return case_predicate(x, unicode::prop::Upper, unicode::prop::Lower | unicode::prop::Title); },
     nullptr},
    {/* islower */ [](std::string_view x) { return case_predicate(x, unicode::prop::Lower, unicode::prop::Upper | unicode::prop::Title); },
     nullptr},
    {/* istitle */ is_title, nullptr},
    {/* isidentifier */ is_identifier, nullptr},
    {/* isprintable */ [](std::string_view x) {
         return x.empty() || all_chars(x, [](char32_t c) { return c >= 0x20 && (c < 0x7f || unicode::is_printable(c)); });
     },
     nullptr},
    {/* isascii */ [](std::string_view x) {
         return std::all_of(x.begin(), x.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
     },
     nullptr},
};

// Whether every byte of s is an ASCII digit: a plain loop, which costs a short str less than std::all_of's
// unrolled one.
bool all_ascii_digits(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c - '0') > 9) return false;
    return true;
}

// str.isdigit() and the other predicates; `ascii` decides an ASCII str byte for byte.
Value predicate(const Value& self, MethodId id, std::size_t n) {
    static_assert(static_cast<int>(MethodId::isascii) - static_cast<int>(MethodId::isdigit) + 1 ==
                  std::size(kPredicates));
    const Predicate& p = kPredicates[static_cast<std::size_t>(id) - static_cast<std::size_t>(MethodId::isdigit)];
    if (n != 0) expect_args(method_name(id), n, 0, 0);  // (the name only for the message)
    std::string_view s = as<Str>(self).text();
    if (p.ascii == is_ascii_digit && as<Str>(self).is_ascii())  // isdigit and its kin, inline: the usual test
        return Value::boolean(!s.empty() && all_ascii_digits(s));
    if (p.ascii != nullptr && as<Str>(self).is_ascii())
        return Value::boolean(!s.empty() && std::all_of(s.begin(), s.end(), [&](char c) { return p.ascii(static_cast<unsigned char>(c)); }));
    return Value::boolean(p.test(s));
}

}  // namespace

Value str_method(const Value& self, MethodId id, const char* name, const Value* a, std::size_t n, Keywords& kw) {
    std::string_view s = as<Str>(self).text();
    auto is = [&](MethodId m) { return id == m; };
    if (id >= MethodId::isdigit && id <= MethodId::isascii) return predicate(self, id, n);
    if (is(MethodId::join)) {
        expect_args(name, n, 1, 1);
        return join(as<Str>(self), a[0]);
    }
    if (is(MethodId::upper) || is(MethodId::lower)) {
        expect_args(name, n, 0, 0);
        if (as<Str>(self).is_ascii()) return ascii_case_map(as<Str>(self), is(MethodId::upper));
        return new_str(case_map(s, is(MethodId::upper)));
    }
    if (is(MethodId::title) || is(MethodId::capitalize) || is(MethodId::swapcase) || is(MethodId::casefold)) {
        expect_args(name, n, 0, 0);
        return new_str(recase(s, is(MethodId::title) ? 't' : is(MethodId::capitalize) ? 'c' : is(MethodId::swapcase) ? 's' : 'f'));
    }
    if (is(MethodId::strip) || is(MethodId::lstrip) || is(MethodId::rstrip)) return strip(self, a, n, name);
    if (is(MethodId::split) || is(MethodId::rsplit)) {
        kw.check_count(name, n, 2);
        Value sep = kw.positional_or(a, n, 0, "sep", name);
        Value maxsplit = kw.positional_or(a, n, 1, "maxsplit", name);
        kw.finish(name);
        return split_call(self, sep, maxsplit, name);
    }
    if (is(MethodId::splitlines)) {
        Value keepends = kw.positional_or(a, n, 0, "keepends", name);
        kw.finish(name);
        expect_args(name, n, 0, 1);
        return splitlines(s, keepends.is_bound() && truthy(keepends));
    }
    if (is(MethodId::startswith) || is(MethodId::endswith)) return Value::boolean(affix_match(self, name, a, n));
    if (is(MethodId::replace)) {
        expect_args(name, n, 2, 3);
        std::string_view from = str_arg(a[0], "replace() argument 1 must be str, not ");
        std::string_view to = str_arg(a[1], "replace() argument 2 must be str, not ");
        std::int64_t count = int_arg(a, n, 2, -1);
        if (count < 0) count = INT64_MAX;
        if (from.empty()) {
            std::string out;
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
        // The occurrences are found first, so the result is written once, straight into its str.
        Positions at;
        Finder finder(from);
        for (std::size_t j = 0; static_cast<std::int64_t>(at.size()) < count && (j = finder.find(s, j)) != std::string::npos;
             j += from.size())
            at.push(j);
        if (at.size() == 0) return self;  // CPython returns the str itself when nothing is replaced
        std::size_t found = at.size();
        std::size_t bytes = s.size() + found * to.size() - found * from.size();
        Str* result = Str::make_for_writing(bytes, bytes);
        StrWriter out(*result);
        std::size_t i = 0;
        for (std::size_t k = 0; k < found; ++k) {
            out.put(s.substr(i, at[k] - i));
            out.put(to);
            i = at[k] + from.size();
        }
        out.put(s.substr(i));
        if (std::int64_t length = as<Str>(self).length; length >= 0)
            result->length = length + static_cast<std::int64_t>(found) * (as<Str>(a[1]).size() - as<Str>(a[0]).size());
        return Value::object(result);
    }
    if (is(MethodId::find) || is(MethodId::rfind) || is(MethodId::index) || is(MethodId::rindex) || is(MethodId::count)) {
        expect_search_args(name, n);
        str_arg(a[0], "must be str, not ");
        std::int64_t start = int_arg(a, n, 1, 0), end = int_arg(a, n, 2, INT64_MAX / 4);
        bool count = is(MethodId::count);
        std::int64_t at = search(as<Str>(self), as<Str>(a[0]), start, end, name[0] == 'r', count);
        if (count) return Value::integer(at);
        if (at < 0 && (is(MethodId::index) || is(MethodId::rindex))) raise(&ValueError, "substring not found");
        return Value::integer(at);
    }
    if (is(MethodId::partition) || is(MethodId::rpartition)) {
        expect_args(name, n, 1, 1);
        return partition(s, a[0], is(MethodId::rpartition));
    }
    if (is(MethodId::center) || is(MethodId::ljust) || is(MethodId::rjust)) {
        expect_args(name, n, 1, 2);
        if (!is_intlike(a[0]))
            raise(&TypeError, std::string("'") + type_name(a[0]) + "' object cannot be interpreted as an integer");
        char32_t fill = fill_char(a, n, 1, name);
        return pad(self, as<Str>(self), int_arg(a, n, 0, 0), fill, is(MethodId::center) ? '^' : is(MethodId::ljust) ? '<' : '>');
    }
    if (is(MethodId::zfill)) {
        expect_args(name, n, 1, 1);
        if (!is_intlike(a[0]))
            raise(&TypeError, std::string("'") + type_name(a[0]) + "' object cannot be interpreted as an integer");
        std::int64_t width = int_arg(a, n, 0, 0), len = as<Str>(self).size();
        if (width <= len) return self;
        std::string out(s);
        std::size_t at = !s.empty() && (s[0] == '+' || s[0] == '-') ? 1 : 0;
        out.insert(at, static_cast<std::size_t>(width - len), '0');
        return new_str(std::move(out));
    }
    if (is(MethodId::expandtabs)) {
        Value tabsize = kw.positional_or(a, n, 0, "tabsize", name);
        kw.finish(name);
        expect_args(name, n, 0, 1);
        if (tabsize.is_bound() && !is_intlike(tabsize))
            raise(&TypeError, std::string("'") + type_name(tabsize) + "' object cannot be interpreted as an integer");
        return new_str(expandtabs(s, tabsize.is_bound() ? int_arg(&tabsize, 1, 0, 8) : 8));
    }
    if (is(MethodId::removeprefix) || is(MethodId::removesuffix)) {
        expect_args(name, n, 1, 1);
        std::string_view affix = str_arg(a[0], (std::string(name) + "() argument must be str, not ").c_str());
        bool prefix = is(MethodId::removeprefix);
        if (affix.size() <= s.size() &&
            (prefix ? s.compare(0, affix.size(), affix) == 0 : s.compare(s.size() - affix.size(), affix.size(), affix) == 0))
            return new_str(prefix ? s.substr(affix.size()) : s.substr(0, s.size() - affix.size()));
        return self;
    }
    if (is(MethodId::format)) return str_format(s, a, n, kw.all());
    no_attribute(self, name);
}

// The methods called most in loops, without keyword arguments, go straight to their code (a method call finds
// it in g_str_method_entries); the others through str_method.
namespace {

// The others: through str_method, with no keywords. Out of line, so that the dispatch below keeps a small
// frame (no keywords to clean up) and makes its calls as tail calls.
[[gnu::noinline]] Value str_method_without_keywords(const Value& self, MethodId id, const Value* a, std::size_t n) {
    Keywords none{KwArgs{}};
    return str_method(self, id, method_name(id), a, n, none);
}

[[gnu::noinline]] Value split_positional(const Value& self, MethodId id, const Value* a, std::size_t n) {
    const char* name = method_name(id);
    if (n > 2) raise(&TypeError, std::string(name) + "() takes at most 2 arguments (" + std::to_string(n) + " given)");
    Value unbound;
    return split_call(self, n > 0 ? a[0] : unbound, n > 1 ? a[1] : unbound, name);
}

// The entries of the methods loops call most go straight to their work, with their names as constants.
constexpr BuiltinMethodEntry str_method_entry(MethodId id) {
    using A = const Value*;
    switch (id) {
        case MethodId::split:  // s.split(): runs of whitespace, the commonest
            return [](const Value& s, MethodId id, A a, std::size_t n) {
                return n == 0 ? split(s, nullptr, -1, false) : split_positional(s, id, a, n);
            };
        case MethodId::rsplit: return split_positional;
        case MethodId::strip: return [](const Value& s, MethodId, A a, std::size_t n) { return strip(s, a, n, "strip"); };
        case MethodId::lstrip: return [](const Value& s, MethodId, A a, std::size_t n) { return strip(s, a, n, "lstrip"); };
        case MethodId::rstrip: return [](const Value& s, MethodId, A a, std::size_t n) { return strip(s, a, n, "rstrip"); };
        case MethodId::startswith:
            return [](const Value& s, MethodId, A a, std::size_t n) { return Value::boolean(affix_match(s, "startswith", a, n)); };
        case MethodId::endswith:
            return [](const Value& s, MethodId, A a, std::size_t n) { return Value::boolean(affix_match(s, "endswith", a, n)); };
        case MethodId::encode: return [](const Value& s, MethodId, A a, std::size_t n) { return str_encode(s, a, n); };
        default:
            if (id >= MethodId::isdigit && id <= MethodId::isascii)
                return [](const Value& s, MethodId id, A, std::size_t n) { return predicate(s, id, n); };
            return str_method_without_keywords;
    }
}

}  // namespace

// (constant-initialized: method calls may come from other translation units' static initializers)
constinit const std::array<BuiltinMethodEntry, static_cast<std::size_t>(MethodId::Count)> g_str_method_entries = [] {
    std::array<BuiltinMethodEntry, static_cast<std::size_t>(MethodId::Count)> entries{};
    for (std::size_t id = 0; id < entries.size(); ++id) entries[id] = str_method_entry(static_cast<MethodId>(id));
    return entries;
}();

}  // namespace py
