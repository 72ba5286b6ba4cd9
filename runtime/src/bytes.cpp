// Runtime — bytes: construction, repr, indexing, the methods, and the codecs between str and bytes.
//
// The codecs are utf-8, ascii and latin-1 with the "strict", "replace" and "ignore" error handlers, and their
// UnicodeDecodeError/UnicodeEncodeError carry CPython's five arguments and message. Any other codec or
// handler raises NotImplementedError rather than guessing.
#include <algorithm>
#include <cstdio>
#include <cstring>

#include "internal.h"
#include "unicode.h"

namespace py {

namespace {

const std::string& data_of(const Value& v) { return as<Bytes>(v).data; }

enum class Codec { Utf8, Ascii, Latin1 };

// Python's codec name lookup, for the three codecs we have: case, '-', '_' and ' ' do not matter.
Codec codec_named(const Value& name) {
    if (!is_str(name)) raise(&TypeError, std::string("str() argument 'encoding' must be str, not ") + type_name(name));
    std::string key;
    for (char c : as<Str>(name).text())
        if (c != '-' && c != '_' && c != ' ') key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (key == "utf8" || key == "u8") return Codec::Utf8;
    if (key == "ascii" || key == "usascii") return Codec::Ascii;
    if (key == "latin1" || key == "latin" || key == "iso88591" || key == "l1" || key == "8859" || key == "cp819")
        return Codec::Latin1;
    raise(&NotImplementedError, "py2cpp: the '" + std::string(as<Str>(name).text()) + "' codec is not supported (utf-8, ascii, latin-1 are)");
}

const char* codec_label(Codec c) { return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1"; }

enum class Errors { Strict, Replace, Ignore };

Errors errors_named(const Value* v) {
    if (v == nullptr) return Errors::Strict;
    if (!is_str(*v)) raise(&TypeError, std::string("str() argument 'errors' must be str, not ") + type_name(*v));
    std::string e(as<Str>(*v).text());
    if (e == "strict") return Errors::Strict;
    if (e == "replace") return Errors::Replace;
    if (e == "ignore") return Errors::Ignore;
    raise(&NotImplementedError, "py2cpp: the '" + e + "' error handler is not supported (strict, replace, ignore are)");
}

[[noreturn]] void unicode_error(Type* type, Codec codec, Value object, std::size_t start, std::size_t end,
                                const char* reason) {
    Value args = make_tuple({new_str(codec_label(codec)), std::move(object),
                             Value::integer(static_cast<std::int64_t>(start)),
                             Value::integer(static_cast<std::int64_t>(end)), new_str(reason)});
    raise_value(Value::object(new ExceptionObject(type, std::move(args))));
}

// The length of the UTF-8 error at s[i] (CPython's decoder: the bytes up to the first bad one), or 0 when a
// valid sequence starts there; `reason` says what is wrong.
std::size_t utf8_error_at(const std::string& s, std::size_t i, const char*& reason) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return 0;
    reason = "invalid start byte";
    if (c < 0xC2 || c > 0xF4) return 1;
    std::size_t need = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    for (std::size_t k = 1; k <= need; ++k) {
        if (i + k >= s.size()) {
            reason = "unexpected end of data";
            return s.size() - i;
        }
        auto d = static_cast<unsigned char>(s[i + k]);
        unsigned char lo = 0x80, hi = 0xBF;
        if (k == 1 && c == 0xE0) lo = 0xA0;
        if (k == 1 && c == 0xED) hi = 0x9F;  // no surrogates
        if (k == 1 && c == 0xF0) lo = 0x90;
        if (k == 1 && c == 0xF4) hi = 0x8F;
        if (d < lo || d > hi) {
            reason = "invalid continuation byte";
            return k;
        }
    }
    return 0;
}

Value decode(const Value& self, Codec codec, Errors errors) {
    const std::string& s = data_of(self);
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t bad = 0;
        const char* reason = "ordinal not in range(128)";
        if (codec == Codec::Latin1) {
            unicode::append_utf8(out, c);
            ++i;
            continue;
        }
        if (codec == Codec::Ascii)
            bad = c < 0x80 ? 0 : 1;
        else
            bad = utf8_error_at(s, i, reason);
        if (bad == 0) {
            std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            out.append(s, i, len);
            i += len;
            continue;
        }
        if (errors == Errors::Strict) unicode_error(&UnicodeDecodeError, codec, self, i, i + bad, reason);
        if (errors == Errors::Replace) out += "\xEF\xBF\xBD";  // U+FFFD
        i += bad;
    }
    return new_str(std::move(out));
}

Value encode(const Value& self, Codec codec, Errors errors) {
    std::string_view s = as<Str>(self).text();
    if (codec == Codec::Utf8) {
        // a lone surrogate (chr(0xD800)) is the one thing a str holds that UTF-8 cannot encode
        std::size_t index = 0;
        for (std::size_t i = 0; i < s.size(); ++index) {
            char32_t cp = unicode::decode(s.data(), i);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                if (errors == Errors::Strict)
                    unicode_error(&UnicodeEncodeError, codec, self, index, index + 1, "surrogates not allowed");
                raise(&NotImplementedError, "py2cpp: encoding lone surrogates with an error handler is not supported");
            }
        }
        return new_bytes(std::string(s));
    }
    char32_t limit = codec == Codec::Ascii ? 0x80 : 0x100;
    std::vector<char32_t> cps;
    for (std::size_t i = 0; i < s.size();) cps.push_back(unicode::decode(s.data(), i));
    std::string out;
    for (std::size_t k = 0; k < cps.size();) {
        if (cps[k] < limit) {
            out += static_cast<char>(cps[k++]);
            continue;
        }
        std::size_t end = k;  // CPython reports the whole run of unencodable characters
        while (end < cps.size() && cps[end] >= limit) ++end;
        if (errors == Errors::Strict)
            unicode_error(&UnicodeEncodeError, codec, self, k, end,
                          codec == Codec::Ascii ? "ordinal not in range(128)" : "ordinal not in range(256)");
        if (errors == Errors::Replace) out.append(end - k, '?');
        k = end;
    }
    return new_bytes(std::move(out));
}


// The one byte an int stands for, as `in` and bytes() check it.
unsigned char byte_value(const Value& v, const char* range_message) {
    if (!is_intlike(v))
        raise(&TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
    if (!v.is_small_intlike() || v.as_small() < 0 || v.as_small() > 255) raise(&ValueError, range_message);
    return static_cast<unsigned char>(v.as_small());
}

const std::string& bytes_arg(const Value& v) {
    if (!is_bytes(v)) raise(&TypeError, std::string("a bytes-like object is required, not '") + type_name(v) + "'");
    return data_of(v);
}

bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool is_alpha(unsigned char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

void expect(const char* name, std::size_t n, std::size_t lo, std::size_t hi) {
    if (n >= lo && n <= hi) return;
    if (lo == hi && lo == 0) raise(&TypeError, std::string("bytes.") + name + "() takes no arguments (" + std::to_string(n) + " given)");
    if (lo == hi) raise(&TypeError, std::string(name) + "() takes exactly one argument (" + std::to_string(n) + " given)");
    raise(&TypeError, std::string(name) + " expected " + (n < lo ? "at least " + std::to_string(lo) : "at most " + std::to_string(hi)) +
                          " argument" + ((n < lo ? lo : hi) == 1 ? "" : "s") + ", got " + std::to_string(n));
}

// The byte string a search method looks for: bytes, or an int for one byte.
std::string needle(const Value& v) {
    if (is_intlike(v)) return std::string(1, static_cast<char>(byte_value(v, "byte must be in range(0, 256)")));
    if (!is_bytes(v))
        raise(&TypeError, std::string("argument should be integer or bytes-like object, not '") + type_name(v) + "'");
    return data_of(v);
}

Value split(const std::string& s, const Value* a, std::size_t n) {
    expect("split", n, 0, 2);
    std::int64_t maxsplit = n == 2 ? to_index(a[1], "maxsplit") : -1;
    auto* out = new List();
    Value result = Value::object(out);
    if (n == 0 || a[0].is_none()) {
        std::size_t i = 0;
        for (;;) {
            while (i < s.size() && is_space(static_cast<unsigned char>(s[i]))) ++i;
            if (i >= s.size()) break;
            if (maxsplit >= 0 && static_cast<std::int64_t>(out->items.size()) == maxsplit) {
                out->items.push_back(new_bytes(s.substr(i)));
                break;
            }
            std::size_t j = i;
            while (j < s.size() && !is_space(static_cast<unsigned char>(s[j]))) ++j;
            out->items.push_back(new_bytes(s.substr(i, j - i)));
            i = j;
        }
        return result;
    }
    const std::string& sep = bytes_arg(a[0]);
    if (sep.empty()) raise(&ValueError, "empty separator");
    std::size_t i = 0;
    for (std::size_t j; (maxsplit < 0 || static_cast<std::int64_t>(out->items.size()) < maxsplit) &&
                        (j = s.find(sep, i)) != std::string::npos;
         i = j + sep.size())
        out->items.push_back(new_bytes(s.substr(i, j - i)));
    out->items.push_back(new_bytes(s.substr(i)));
    return result;
}

Value strip(const std::string& s, const char* name, const Value* a, std::size_t n) {
    expect(name, n, 0, 1);
    bool custom = n == 1 && !a[0].is_none();
    std::string chars = custom ? bytes_arg(a[0]) : std::string();
    auto strip_me = [&](unsigned char c) { return custom ? chars.find(static_cast<char>(c)) != std::string::npos : is_space(c); };
    std::size_t b = 0, e = s.size();
    if (std::strcmp(name, "rstrip") != 0)
        while (b < e && strip_me(static_cast<unsigned char>(s[b]))) ++b;
    if (std::strcmp(name, "lstrip") != 0)
        while (e > b && strip_me(static_cast<unsigned char>(s[e - 1]))) --e;
    return new_bytes(s.substr(b, e - b));
}

// find/index/count's optional start and end, clamped like slice indices.
void search_range(const std::string& s, const Value* a, std::size_t n, std::size_t& lo, std::size_t& hi) {
    auto len = static_cast<std::int64_t>(s.size());
    auto clamp = [&](const Value& v, std::int64_t fallback) {
        if (v.is_none()) return fallback;
        std::int64_t i = to_index(v, "slice");
        if (i < 0) i = std::max<std::int64_t>(i + len, 0);
        return std::min(i, len);
    };
    lo = static_cast<std::size_t>(n >= 2 ? clamp(a[1], 0) : 0);
    hi = static_cast<std::size_t>(n >= 3 ? clamp(a[2], len) : len);
}

std::int64_t find_in(const std::string& s, const std::string& sub, std::size_t lo, std::size_t hi) {
    if (lo > hi || sub.size() > hi - lo) return -1;
    std::size_t at = std::string_view(s).substr(0, hi).find(sub, lo);
    return at == std::string::npos ? -1 : static_cast<std::int64_t>(at);
}

bool is(const char* name, const char* m) { return std::strcmp(name, m) == 0; }

}  // namespace

// A code point as Python escapes it: \xNN, \uNNNN or \UNNNNNNNN (ascii(), backslashreplace).
std::string char_escape(char32_t c) {
    char buf[16];
    if (c < 0x100)
        std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
    else if (c < 0x10000)
        std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
    else
        std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(c));
    return buf;
}

bool is_bytes(const Value& v) { return has_type(v, &bytes_type); }
Value new_bytes(std::string data) { return Value::object(new Bytes(std::move(data))); }
Value bytes(const char* data, std::size_t size) { return new_bytes(std::string(data, size)); }

void bytes_repr(std::string& out, const std::string& s) {
    char quote = s.find('\'') != std::string::npos && s.find('"') == std::string::npos ? '"' : '\'';
    out += 'b';
    out += quote;
    for (unsigned char c : s) {
        if (c == static_cast<unsigned char>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += quote;
}

std::string unicode_error_message(const ExceptionObject& e) {
    const auto& args = as<Tuple>(e.args).items();
    std::string codec(as<Str>(args[0]).text());
    std::int64_t start = args[2].as_int(), end = args[3].as_int();
    std::string reason(as<Str>(args[4]).text());
    if (e.type == &UnicodeDecodeError) {
        const std::string& s = data_of(args[1]);
        char buf[64];
        if (end - start == 1)
            std::snprintf(buf, sizeof buf, "can't decode byte 0x%02x in position %lld",
                          static_cast<unsigned char>(s[static_cast<std::size_t>(start)]), static_cast<long long>(start));
        else
            std::snprintf(buf, sizeof buf, "can't decode bytes in position %lld-%lld", static_cast<long long>(start),
                          static_cast<long long>(end - 1));
        return "'" + codec + "' codec " + buf + ": " + reason;
    }
    if (end - start == 1) {
        Value ch = str_char(as<Str>(args[1]).text(), start);
        std::size_t i = 0;
        char32_t cp = unicode::decode(as<Str>(ch).text().data(), i);
        return "'" + codec + "' codec can't encode character '" + char_escape(cp) + "' in position " +
               std::to_string(start) + ": " + reason;
    }
    return "'" + codec + "' codec can't encode characters in position " + std::to_string(start) + "-" +
           std::to_string(end - 1) + ": " + reason;
}

Value str_encode(const Value& self, const Value* a, std::size_t n) {
    if (n > 2) raise(&TypeError, "encode() takes at most 2 arguments (" + std::to_string(n) + " given)");
    Codec codec = n >= 1 ? codec_named(a[0]) : Codec::Utf8;
    return encode(self, codec, errors_named(n == 2 ? &a[1] : nullptr));
}

Value construct_bytes(Type*, const Value* args, std::size_t n) {
    if (n > 3) raise(&TypeError, "bytes() takes at most 3 arguments (" + std::to_string(n) + " given)");
    if (n == 0) return new_bytes("");
    const Value& x = args[0];
    if (is_str(x)) {
        if (n == 1) raise(&TypeError, "string argument without an encoding");
        return encode(x, codec_named(args[1]), errors_named(n == 3 ? &args[2] : nullptr));
    }
    if (n > 1) raise(&TypeError, n == 2 ? "encoding without a string argument" : "errors without a string argument");
    if (is_bytes(x)) return x;
    if (is_intlike(x)) {
        if (!x.is_small_intlike()) raise(&OverflowError, "cannot fit 'int' into an index-sized integer");
        if (x.as_small() < 0) raise(&ValueError, "negative count");
        return new_bytes(std::string(static_cast<std::size_t>(x.as_small()), '\0'));
    }
    if (x.is_float() || x.is_none() || x.is_bool())
        raise(&TypeError, std::string("cannot convert '") + type_name(x) + "' object to bytes");
    std::string out;
    ForIter it(x);
    for (Value item; it.next(item);) out += static_cast<char>(byte_value(item, "bytes must be in range(0, 256)"));
    return new_bytes(std::move(out));
}

Value bytes_getitem(const Value& obj, std::int64_t index) {
    const std::string& s = data_of(obj);
    auto len = static_cast<std::int64_t>(s.size());
    if (index < 0) index += len;
    if (index < 0 || index >= len) raise(&IndexError, "index out of range");
    return Value::integer(static_cast<unsigned char>(s[static_cast<std::size_t>(index)]));
}

bool bytes_contains(const Value& container, const Value& item) {
    const std::string& s = data_of(container);
    if (is_intlike(item)) return s.find(static_cast<char>(byte_value(item, "byte must be in range(0, 256)"))) != std::string::npos;
    return s.find(bytes_arg(item)) != std::string::npos;
}

Value bytes_fromhex(const Value* a, std::size_t n) {
    expect("fromhex", n, 1, 1);
    if (!is_str(a[0])) raise(&TypeError, std::string("fromhex() argument must be str, not ") + type_name(a[0]));
    std::string_view s = as<Str>(a[0]).text();
    auto digit = [](char c) {
        if (c >= '0' && c <= '9') return c - '0';
        c = static_cast<char>(c | 0x20);
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    };
    std::string out;
    for (std::size_t i = 0;;) {
        while (i < s.size() && is_space(static_cast<unsigned char>(s[i]))) ++i;
        if (i >= s.size()) break;
        int hi = digit(s[i]);
        int lo = i + 1 < s.size() ? digit(s[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            std::size_t at = hi < 0 ? i : i + 1;
            raise(&ValueError, "non-hexadecimal number found in fromhex() arg at position " + std::to_string(at));
        }
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return new_bytes(std::move(out));
}

Value bytes_method(const Value& self, const char* name, const Value* a, std::size_t n, bool& found) {
    const std::string& s = data_of(self);
    found = true;
    if (is(name, "decode")) {
        if (n > 2) raise(&TypeError, "decode() takes at most 2 arguments (" + std::to_string(n) + " given)");
        return decode(self, n >= 1 ? codec_named(a[0]) : Codec::Utf8, errors_named(n == 2 ? &a[1] : nullptr));
    }
    if (is(name, "fromhex")) return bytes_fromhex(a, n);  // a classmethod, also reachable from an instance
    if (is(name, "hex")) {
        expect(name, n, 0, 0);
        static const char digits[] = "0123456789abcdef";
        std::string out;
        for (unsigned char c : s) {
            out += digits[c >> 4];
            out += digits[c & 15];
        }
        return new_str(std::move(out));
    }
    if (is(name, "join")) {
        expect(name, n, 1, 1);
        std::string out;
        ForIter it(a[0]);
        std::size_t i = 0;
        for (Value x; it.next(x); ++i) {
            if (!is_bytes(x))
                raise(&TypeError, "sequence item " + std::to_string(i) + ": expected a bytes-like object, " +
                                      type_name(x) + " found");
            if (i > 0) out += s;
            out += data_of(x);
        }
        return new_bytes(std::move(out));
    }
    if (is(name, "split")) return split(s, a, n);
    if (is(name, "strip") || is(name, "lstrip") || is(name, "rstrip")) return strip(s, name, a, n);
    if (is(name, "upper") || is(name, "lower")) {
        expect(name, n, 0, 0);
        std::string out = s;
        for (char& c : out)
            if (is_alpha(static_cast<unsigned char>(c))) c = static_cast<char>(is(name, "upper") ? c & ~0x20 : c | 0x20);
        return new_bytes(std::move(out));
    }
    if (is(name, "startswith") || is(name, "endswith")) {
        expect(name, n, 1, 3);
        std::size_t lo, hi;
        search_range(s, a, n, lo, hi);
        auto test = [&](const Value& p) {
            if (!is_bytes(p))
                raise(&TypeError, std::string(name) + " first arg must be bytes or a tuple of bytes, not " + type_name(p));
            const std::string& prefix = data_of(p);
            if (lo > hi || prefix.size() > hi - lo) return false;
            return is(name, "startswith") ? s.compare(lo, prefix.size(), prefix) == 0
                                          : s.compare(hi - prefix.size(), prefix.size(), prefix) == 0;
        };
        if (has_type(a[0], &tuple_type)) {
            for (const Value& p : as<Tuple>(a[0]).items()) {
                bytes_arg(p);  // an item that is not bytes: CPython's message for it
                if (test(p)) return Value::boolean(true);
            }
            return Value::boolean(false);
        }
        return Value::boolean(test(a[0]));
    }
    if (is(name, "find") || is(name, "index") || is(name, "count")) {
        expect(name, n, 1, 3);
        std::string sub = needle(a[0]);
        std::size_t lo, hi;
        search_range(s, a, n, lo, hi);
        if (is(name, "count")) {
            if (lo > hi) return Value::integer(0);
            if (sub.empty()) return Value::integer(static_cast<std::int64_t>(hi - lo + 1));
            std::int64_t count = 0;
            for (std::int64_t at; (at = find_in(s, sub, lo, hi)) >= 0; lo = static_cast<std::size_t>(at) + sub.size()) ++count;
            return Value::integer(count);
        }
        std::int64_t at = find_in(s, sub, lo, hi);
        if (at < 0 && is(name, "index")) raise(&ValueError, "subsection not found");
        return Value::integer(at);
    }
    if (is(name, "replace")) {
        expect(name, n, 2, 3);
        const std::string& from = bytes_arg(a[0]);
        const std::string& to = bytes_arg(a[1]);
        std::int64_t limit = n == 3 ? to_index(a[2], "count") : -1;
        std::string out;
        std::size_t i = 0;
        for (std::int64_t done = 0; limit < 0 || done < limit; ++done) {
            std::size_t j = from.empty() ? (i <= s.size() ? i : std::string::npos) : s.find(from, i);
            if (j == std::string::npos) break;
            out.append(s, i, j - i);
            out += to;
            if (from.empty()) {
                if (j < s.size()) out += s[j];
                i = j + 1;
            } else {
                i = j + from.size();
            }
        }
        if (i < s.size()) out.append(s, i, std::string::npos);
        return new_bytes(std::move(out));
    }
    if (is(name, "isdigit") || is(name, "isalpha") || is(name, "isspace")) {
        expect(name, n, 0, 0);
        auto test = is(name, "isdigit") ? is_digit : is(name, "isalpha") ? is_alpha : is_space;
        return Value::boolean(!s.empty() && std::all_of(s.begin(), s.end(), [&](char c) { return test(static_cast<unsigned char>(c)); }));
    }
    found = false;
    return Value();
}

}  // namespace py
