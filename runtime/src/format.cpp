// Runtime — the format-spec mini-language (`f"{x:>8.2f}"`, format(x, spec)) for int, bool, float and str.
//
// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type], with CPython's rules and error
// messages. Floats are rendered by printf, which rounds correctly (half-even on exact ties) as CPython does.
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <algorithm>
#include <array>

#include "internal.h"
#include "unicode.h"

namespace py {

namespace {

struct Spec {
    std::string fill = " ";  // one code point, UTF-8
    char align = 0;          // < > ^ =, or 0 for the type's default
    char sign = 0;  // + - or space as given; 0 when the spec has none (an explicit '-' is refused for a str)
    bool no_negative_zero = false;  // 'z'
    bool alternate = false;         // '#'
    long width = -1;
    char grouping = 0;  // ',' or '_'
    long precision = -1;
    char type = 0;
};

bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

Spec parse_spec(std::string_view s, const char* type_name_for_errors) {
    Spec spec;
    std::size_t i = 0;
    // a fill character is any code point followed by an alignment
    std::size_t first_len = 1;
    if (!s.empty() && (static_cast<unsigned char>(s[0]) & 0x80) != 0) {
        while (first_len < s.size() && (static_cast<unsigned char>(s[first_len]) & 0xC0) == 0x80) ++first_len;
    }
    if (s.size() > first_len && is_align(s[first_len])) {
        spec.fill = std::string(s.substr(0, first_len));
        spec.align = s[first_len];
        i = first_len + 1;
    } else if (!s.empty() && is_align(s[0])) {
        spec.align = s[0];
        i = 1;
    }
    if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) spec.sign = s[i++];
    if (i < s.size() && s[i] == 'z') {
        spec.no_negative_zero = true;
        ++i;
    }
    if (i < s.size() && s[i] == '#') {
        spec.alternate = true;
        ++i;
    }
    if (i < s.size() && s[i] == '0') {
        // '0' before the width: zero padding after the sign, unless an alignment was given
        if (spec.align == 0) {
            spec.fill = "0";
            spec.align = '=';
        }
        ++i;
    }
    auto number = [&](long& out) {
        if (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
        out = 0;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
            out = out * 10 + (s[i++] - '0');
            if (out > 100000000) raise(&ValueError, "Too many decimal digits in format string");
        }
        return true;
    };
    number(spec.width);
    if (i < s.size() && (s[i] == ',' || s[i] == '_')) spec.grouping = s[i++];
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (!number(spec.precision)) raise(&ValueError, "Format specifier missing precision");
    }
    if (i < s.size()) spec.type = s[i++];
    if (i < s.size()) raise(&ValueError, "Invalid format specifier '" + std::string(s) + "' for object of type '" + type_name_for_errors + "'");
    if (spec.grouping != 0 && spec.type != 0 && std::string("deEfFgG%").find(spec.type) == std::string::npos &&
        !(spec.grouping == '_' && std::string("boxX").find(spec.type) != std::string::npos))
        raise(&ValueError, std::string("Cannot specify '") + spec.grouping + "' with '" + spec.type + "'.");
    return spec;
}

std::int64_t code_points(std::string_view s) {
    std::int64_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// Pads `body` (after `prefix`: sign and 0x) to the width; '=' puts the fill between prefix and body.
// Built in one string, sized once: f-strings format numbers in hot loops.
std::string pad(const Spec& spec, std::string_view prefix, std::string_view body, char default_align) {
    char align = spec.align != 0 ? spec.align : default_align;
    std::int64_t len = code_points(prefix) + code_points(body);
    std::int64_t missing = spec.width > len ? spec.width - len : 0;
    std::int64_t before = align == '<' || align == '=' ? 0 : align == '^' ? missing / 2 : missing;
    std::string out;
    out.reserve(prefix.size() + body.size() + static_cast<std::size_t>(missing) * spec.fill.size());
    auto fill = [&](std::int64_t n) {
        for (std::int64_t k = 0; k < n; ++k) out += spec.fill;
    };
    fill(before);
    out += prefix;
    if (align == '=') fill(missing);
    out += body;
    if (align != '=') fill(missing - before);
    return out;
}

// Inserts `sep` every `every` digits from the right of the integer digits.
std::string group(const std::string& digits, char sep, int every) {
    if (sep == 0) return digits;
    std::string out;
    int count = 0;
    for (std::size_t i = digits.size(); i-- > 0;) {
        if (count == every) {
            out += sep;
            count = 0;
        }
        out += digits[i];
        ++count;
    }
    return std::string(out.rbegin(), out.rend());
}

// Zero padding with grouping puts separators into the padding too ('-0,001,234.6'): grow the digits with
// leading zeros until the grouped text fills `needed` characters.
bool zero_grouped(const Spec& spec) { return spec.grouping != 0 && spec.fill == "0" && spec.align == '='; }
std::string pad_digits(std::string digits, char sep, int every, std::int64_t needed) {
    if (sep == 0) {
        if (static_cast<std::int64_t>(digits.size()) < needed)
            digits.insert(0, static_cast<std::size_t>(needed) - digits.size(), '0');
        return digits;
    }
    std::string grouped = group(digits, sep, every);
    while (static_cast<std::int64_t>(grouped.size()) < needed) {
        digits.insert(0, 1, '0');
        grouped = group(digits, sep, every);
    }
    return grouped;
}

std::string sign_prefix(const Spec& spec, bool negative) {
    if (negative) return "-";
    if (spec.sign == '+') return "+";
    if (spec.sign == ' ') return " ";
    return "";
}

// The digits of |v| (an int or a bool) in `base` (lower case), and whether v is negative.
std::string magnitude_digits(const Value& v, int base, bool& negative) {
    if (v.is_small_intlike()) {
        // int64: without GMP (the magnitude unsigned, so that INT64_MIN has one)
        std::int64_t i = v.as_small();
        negative = i < 0;
        std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(i) : static_cast<std::uint64_t>(i);
        char buf[72];
        return std::string(buf, std::to_chars(buf, buf + sizeof buf, magnitude, base).ptr);
    }
    Mpz z(v);
    negative = mpz_sgn(z.v) < 0;
    mpz_abs(z.v, z.v);
    std::string digits(mpz_sizeinbase(z.v, base) + 2, '\0');
    mpz_get_str(digits.data(), base, z.v);
    digits.resize(std::strlen(digits.c_str()));
    return digits;
}

// `type_name_for_errors`: int or bool, for the message about an unknown presentation type.
std::string format_int(const Value& v, const Spec& spec, const char* type_name_for_errors) {
    if (spec.precision >= 0) raise(&ValueError, "Precision not allowed in integer format specifier");
    if (spec.no_negative_zero) raise(&ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    char type = spec.type == 0 || spec.type == 'n' ? 'd' : spec.type;
    if (type == 'c') {
        if (spec.sign != 0) raise(&ValueError, "Sign not allowed with integer format specifier 'c'");
        if (!v.is_small_intlike() || v.as_small() < 0 || v.as_small() > 0x10FFFF)
            raise(&OverflowError, "%c arg not in range(0x110000)");
        return pad(spec, "", to_str(call({builtin("chr"), v})), '>');
    }
    int base = type == 'd' ? 10 : type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : type == 'b' ? 2 : 0;
    if (base == 0) raise(&ValueError, std::string("Unknown format code '") + spec.type + "' for object of type '" + type_name_for_errors + "'");
    bool negative;
    std::string digits = magnitude_digits(v, base, negative);
    if (type == 'X')
        for (char& c : digits) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::string prefix = sign_prefix(spec, negative);
    if (spec.alternate && base != 10) prefix += type == 'X' ? "0X" : type == 'x' ? "0x" : type == 'o' ? "0o" : "0b";
    int every = base == 10 ? 3 : 4;
    if (zero_grouped(spec))
        digits = pad_digits(digits, spec.grouping, every, spec.width - static_cast<std::int64_t>(prefix.size()));
    else
        digits = group(digits, spec.grouping, every);
    return pad(spec, prefix, digits, '>');
}

std::string format_float(double d, const Spec& spec) {
    char type = spec.type;
    if (type != 0 && std::string_view("eEfFgGn%").find(type) == std::string_view::npos)
        raise(&ValueError, std::string("Unknown format code '") + type + "' for object of type 'float'");
    bool negative = std::signbit(d);
    double mag = std::fabs(d);
    std::string body;
    char buf[512];
    auto printf_format = [&](char conv, long precision, double x) {
        // to_chars with a precision is printf's conversion (both exact), several times faster; printf keeps
        // the alternate form, the upper-case conversions, infinities and NaNs, and results too long for buf.
        if (!spec.alternate && std::isfinite(x) && (conv == 'f' || conv == 'e' || conv == 'g')) {
            auto form = conv == 'f' ? std::chars_format::fixed
                        : conv == 'e' ? std::chars_format::scientific : std::chars_format::general;
            auto [end, error] = std::to_chars(buf, buf + sizeof buf, x, form, static_cast<int>(precision));
            if (error == std::errc()) return std::string(buf, end);
        }
        char f[8] = "%";
        std::strcat(f, spec.alternate ? "#.*" : ".*");
        std::strncat(f, &conv, 1);
        int n = std::snprintf(buf, sizeof buf, f, static_cast<int>(precision), x);
        if (n >= static_cast<int>(sizeof buf)) {
            std::string big(static_cast<std::size_t>(n) + 1, '\0');
            std::snprintf(big.data(), big.size(), f, static_cast<int>(precision), x);
            big.resize(static_cast<std::size_t>(n));
            return big;
        }
        return std::string(buf, static_cast<std::size_t>(n));
    };
    if (type == 0 && spec.precision < 0) {
        body = float_repr(mag);
    } else if (type == 0) {
        // like 'g', but scientific from the exponent p - 1 on (one earlier than 'g': format(123.456, '.3') is
        // '1.23e+02'), and a fixed-point result keeps one digit after the point
        long p = spec.precision == 0 ? 1 : spec.precision;
        body = printf_format('g', p, mag);
        if (std::isfinite(mag) && body.find('e') == std::string::npos) {
            std::string scientific = printf_format('e', p - 1, mag);
            if (std::atol(scientific.c_str() + scientific.find('e') + 1) == p - 1) {
                body = scientific;
                std::size_t e = body.find('e');
                std::size_t point = body.find('.');
                if (!spec.alternate && point != std::string::npos) {  // 'g' drops the mantissa's trailing zeros
                    std::size_t last = body.find_last_not_of('0', e - 1);
                    body.erase(last == point ? point : last + 1, e - (last == point ? point : last + 1));
                }
            }
        }
        if (std::isfinite(mag) && body.find_first_of(".e") == std::string::npos) body += ".0";
    } else if (type == '%') {
        body = printf_format('f', spec.precision < 0 ? 6 : spec.precision, mag * 100) + "%";
    } else {
        char conv = type == 'n' ? 'g' : type;
        long precision = spec.precision < 0 ? 6 : spec.precision;
        if ((conv == 'g' || conv == 'G') && precision == 0) precision = 1;
        body = printf_format(conv, precision, mag);
    }
    if (spec.no_negative_zero && negative && std::isfinite(mag)) {
        // 'z': a result that rounds to zero loses its minus sign
        if (body.find_first_of("123456789") == std::string::npos) negative = false;
    }
    std::string prefix = sign_prefix(spec, negative);
    if (spec.grouping != 0 && std::isfinite(mag)) {
        std::size_t end = body.find_first_not_of("0123456789");
        if (end == std::string::npos) end = body.size();
        std::string rest = body.substr(end);
        if (zero_grouped(spec))
            body = pad_digits(body.substr(0, end), spec.grouping, 3,
                              spec.width - static_cast<std::int64_t>(prefix.size() + rest.size())) + rest;
        else
            body = group(body.substr(0, end), spec.grouping, 3) + rest;
    }
    return pad(spec, prefix, body, '>');
}

std::string format_str(std::string_view s, const Spec& spec) {
    if (spec.type != 0 && spec.type != 's')
        raise(&ValueError, std::string("Unknown format code '") + spec.type + "' for object of type 'str'");
    if (spec.sign != 0)
        raise(&ValueError, spec.sign == ' ' ? "Space not allowed in string format specifier"
                                            : "Sign not allowed in string format specifier");
    if (spec.no_negative_zero) raise(&ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (spec.alternate) raise(&ValueError, "Alternate form (#) not allowed in string format specifier");
    if (spec.align == '=') raise(&ValueError, "'=' alignment not allowed in string format specifier");
    if (spec.grouping != 0) raise(&ValueError, std::string("Cannot specify '") + spec.grouping + "' with 's'.");
    std::string_view body = s;
    if (spec.precision >= 0) {
        std::size_t i = 0;
        for (long k = 0; k < spec.precision && i < s.size(); ++k) {
            ++i;
            while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
        }
        body = s.substr(0, i);
    }
    return pad(spec, "", body, '<');
}

// format_int's common case: an int64 in decimal ('d', 'n' or none), no grouping, an ASCII fill.
bool is_plain_decimal(const Spec& spec) {
    return (spec.type == 0 || spec.type == 'd' || spec.type == 'n') && spec.precision < 0 && spec.grouping == 0 &&
           spec.fill.size() == 1 && !spec.no_negative_zero;
}

// format_str's common case: no precision, an ASCII fill, and nothing format_str would refuse.
bool is_plain_str_spec(const Spec& spec) {
    return (spec.type == 0 || spec.type == 's') && spec.sign == 0 && !spec.no_negative_zero && !spec.alternate &&
           spec.align != '=' && spec.grouping == 0 && spec.precision < 0 && spec.fill.size() == 1;
}

// An f-string's spec is nearly always a constant, formatted again on every pass of a loop: the parse of a
// short spec is kept in a few slots, picked by the spec str's address (a constant's never changes). A slot
// holds a reference to its str, so no other str can have that address while the slot keeps its parse, and
// the text cannot change (a str is appended to in place only when nothing else holds it): the same object
// is the same spec. Whether parse_spec raises does not depend on the value's type, which only words the
// message, so a kept parse is good for every type. A parse that raises is not kept.
struct KeptSpec {
    Value str;  // Unbound: empty
    Spec spec;
    // whether the spec is one that an int (is_plain_decimal) or a str (is_plain_str_spec) is written under in
    // place, decided once
    bool plain_decimal = false;
    bool plain_str = false;
};
KeptSpec g_kept_specs[16];

KeptSpec& kept_spec_slot(const Value& spec_value) {
    return g_kept_specs[(reinterpret_cast<std::uintptr_t>(spec_value.obj()) >> 4) % std::size(g_kept_specs)];
}

// The kept parse of `spec_value`; null when there is none yet.
const KeptSpec* kept_spec(const Value& spec_value) {
    KeptSpec& slot = kept_spec_slot(spec_value);
    return slot.str.is_bound() && slot.str.obj() == spec_value.obj() ? &slot : nullptr;
}

const Spec& parsed_spec(const Value& spec_value, const char* type_name_for_errors) {
    std::string_view text = as<Str>(spec_value).text();
    if (text.size() > 16) {
        static Spec uncached;  // a long spec (a nested field's) is parsed afresh every time
        uncached = parse_spec(text, type_name_for_errors);
        return uncached;
    }
    if (const KeptSpec* kept = kept_spec(spec_value)) return kept->spec;
    KeptSpec& slot = kept_spec_slot(spec_value);
    Spec parsed = parse_spec(text, type_name_for_errors);
    slot.str = spec_value;
    slot.spec = std::move(parsed);
    slot.plain_decimal = is_plain_decimal(slot.spec);
    slot.plain_str = is_plain_str_spec(slot.spec);
    return slot.spec;
}

// `n` bytes of `c`: up to 16 as two overlapping 8-byte stores (or 4-byte ones, or bytes) rather than a call to
// memset, which costs more than a short fill (a width of a few characters).
[[gnu::always_inline]] inline void fill_bytes(char* at, std::size_t n, char c) {
    if (n > 16) {
        std::memset(at, c, n);
        return;
    }
    std::uint64_t pattern = 0x0101010101010101ull * static_cast<unsigned char>(c);
    if (n >= 8) {
        std::memcpy(at, &pattern, 8);
        std::memcpy(at + n - 8, &pattern, 8);
    } else if (n >= 4) {
        std::memcpy(at, &pattern, 4);
        std::memcpy(at + n - 4, &pattern, 4);
    } else if (n > 0) {  // 1 to 3 bytes: first, middle and last (a loop would become a call to memset)
        at[0] = c;
        at[n / 2] = c;
        at[n - 1] = c;
    }
}

// The fill, then `bytes` bytes written by `body` (after `sign`, when not 0), then the rest of the fill, at
// the place `room(total bytes, code points)` gives: pad() for an ASCII fill character, without the
// std::strings, into a str made to size (pad_ascii) or an f-string's buffer (FStringBuilder).
template <class Room, class WriteBody>
void pad_ascii_into(const Spec& spec, char sign, std::size_t bytes, std::int64_t length, char default_align,
                    Room room, WriteBody write_body) {
    char align = spec.align != 0 ? spec.align : default_align;
    std::int64_t len = length + (sign != 0);
    std::int64_t missing = spec.width > len ? spec.width - len : 0;
    std::int64_t before = align == '<' || align == '=' ? 0 : align == '^' ? missing / 2 : missing;
    std::size_t total = bytes + (sign != 0) + static_cast<std::size_t>(missing);
    char* at = room(total, len + missing);
    char fill = spec.fill[0];
    fill_bytes(at, static_cast<std::size_t>(before), fill);
    at += before;
    if (sign != 0) *at++ = sign;
    if (align == '=') {
        fill_bytes(at, static_cast<std::size_t>(missing), fill);
        at += missing;
    }
    write_body(at);
    at += bytes;
    if (align != '=') fill_bytes(at, static_cast<std::size_t>(missing - before), fill);
}

template <class WriteBody>
Value pad_ascii(const Spec& spec, char sign, std::size_t bytes, std::int64_t length, char default_align,
                WriteBody write_body) {
    Str* out = nullptr;
    pad_ascii_into(
        spec, sign, bytes, length, default_align,
        [&](std::size_t total, std::int64_t code_points) {
            out = Str::make_for_writing(total, total);
            out->length = code_points;
            return out->chars();
        },
        write_body);
    return Value::object(out);
}

// The number of decimal digits of v.
std::size_t decimal_length(std::uint64_t v) {
    std::size_t n = 1;
    for (; v >= 100; v /= 100) n += 2;
    return n + (v >= 10);
}

// Writes the decimal_length(v) digits of v at `at`, two at a time from the last, straight to their place (a
// field's digits are not written elsewhere first and then copied).
void write_decimal(char* at, std::size_t length, std::uint64_t v) {
    static constexpr auto kPairs = [] {
        std::array<char, 200> pairs{};
        for (int i = 0; i < 100; ++i) {
            pairs[2 * i] = static_cast<char>('0' + i / 10);
            pairs[2 * i + 1] = static_cast<char>('0' + i % 10);
        }
        return pairs;
    }();
    char* p = at + length;
    for (; v >= 100; v /= 100) {
        p -= 2;
        std::memcpy(p, &kPairs[v % 100 * 2], 2);
    }
    if (v >= 10)
        std::memcpy(p - 2, &kPairs[v * 2], 2);
    else
        p[-1] = static_cast<char>('0' + v);
}

template <class Room>
void write_small_int(std::int64_t i, const Spec& spec, Room room) {
    bool negative = i < 0;
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(i) : static_cast<std::uint64_t>(i);
    std::size_t bytes = decimal_length(magnitude);
    char sign = negative ? '-' : spec.sign == '+' ? '+' : spec.sign == ' ' ? ' ' : 0;
    pad_ascii_into(spec, sign, bytes, static_cast<std::int64_t>(bytes), '>', room,
                   [&](char* at) { write_decimal(at, bytes, magnitude); });
}

Value format_small_int(std::int64_t i, const Spec& spec) {
    Str* out = nullptr;
    write_small_int(i, spec, [&](std::size_t total, std::int64_t code_points) {
        out = Str::make_for_writing(total, total);
        out->length = code_points;
        return out->chars();
    });
    return Value::object(out);
}

Value format_with_any_spec(const Value& v, const Value& spec_value);

}  // namespace

// The commonest case first, with nothing else set up: an int under a plain spec met before (f"{i:06d}" in a
// loop). (An int is no class instance, and the empty spec is never kept.)
Value format_with_spec(const Value& v, const Value& spec_value) {
    if (v.is_int()) {
        if (const KeptSpec* kept = kept_spec(spec_value); kept != nullptr && kept->plain_decimal)
            return format_small_int(v.as_int(), kept->spec);
    }
    return format_with_any_spec(v, spec_value);
}

namespace {
[[gnu::noinline]] Value format_with_any_spec(const Value& v, const Value& spec_value) {
    std::string_view spec = as<Str>(spec_value).text();
    if (Value r; is_instance_of_class(v) && call_special(v, "__format__", {spec_value}, r)) {
        if (!is_str(r)) raise(&TypeError, std::string("__format__ must return a str, not ") + type_name(r));
        return r;
    }
    if (spec.empty()) return is_str(v) ? v : new_str(to_str(v));
    // The parse is the slot's until the next parsed_spec: nothing below formats another value with a spec.
    if (is_str(v)) {
        const Spec& s = parsed_spec(spec_value, "str");
        if (!is_plain_str_spec(s)) return new_str(format_str(as<Str>(v).text(), s));
        Str& text = as<Str>(v);
        return pad_ascii(s, 0, text.bytes(), text.size(), '<',
                         [&](char* at) { copy_bytes(at, text.chars(), text.bytes()); });
    }
    // A number's text is ASCII, but for a fill character that is not and for chr(n) (type 'c'): when it is,
    // its length is known.
    auto number = [](const std::string& text, const Spec& s) {
        bool ascii = s.fill.size() == 1 && s.type != 'c';
        return new_str(text, ascii ? static_cast<std::int64_t>(text.size()) : -1);
    };
    if (is_intlike(v)) {
        const Spec& s = parsed_spec(spec_value, type_name(v));
        if (v.is_small_intlike() && is_plain_decimal(s)) return format_small_int(v.as_small(), s);
        // int with a float presentation type formats as a float
        if (s.type != 0 && std::string("eEfFgG%").find(s.type) != std::string::npos)
            return number(format_float(int_to_double(v), s), s);
        return number(format_int(v.is_bool() ? Value::integer(v.as_small()) : v, s, type_name(v)), s);
    }
    if (v.is_float()) {
        const Spec& s = parsed_spec(spec_value, "float");
        return number(format_float(v.as_float(), s), s);
    }
    raise(&TypeError, std::string("unsupported format string passed to ") + type_name(v) + ".__format__");
}
}  // namespace

// ---------------------------------------------------------------------------------------------------------
// FStringBuilder (builtins.h): an f-string written into one buffer

void FStringBuilder::grow(std::size_t more) {
    std::size_t capacity = std::max(capacity_ * 2, size_ + more);
    char* data = static_cast<char*>(std::malloc(capacity));
    if (data == nullptr) throw std::bad_alloc();
    std::memcpy(data, data_, size_);
    if (data_ != inline_) std::free(data_);
    data_ = data;
    capacity_ = capacity;
}

FStringBuilder& FStringBuilder::field(const Value& v, int conversion) {
    if (conversion != 'r' && conversion != 'a') {
        if (is_str(v)) {
            Str& text = as<Str>(v);
            put(text.text(), text.length);
            return *this;
        }
        if (v.is_int()) {  // str(i): the digits, ASCII
            bool negative = v.as_int() < 0;
            std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(v.as_int()) : static_cast<std::uint64_t>(v.as_int());
            std::size_t digits = decimal_length(magnitude);
            char* at = append(digits + negative, static_cast<std::int64_t>(digits + negative));
            if (negative) *at++ = '-';
            write_decimal(at, digits, magnitude);
            return *this;
        }
    }
    Value text = format_value(v, conversion);  // a class's __format__ or __str__, repr, a float, ...
    Str& s = as<Str>(text);
    put(s.text(), s.length);
    return *this;
}

// The kept parse of a plain spec formats an int or a str in place; anything else (a spec not met before, a
// class instance, a float, a big int, a non-ASCII fill) is format_with_spec's.
FStringBuilder& FStringBuilder::field(const Value& v, const Value& spec_value) {
    auto room = [this](std::size_t total, std::int64_t code_points) { return append(total, code_points); };
    if (v.is_int()) {
        if (const KeptSpec* kept = kept_spec(spec_value); kept != nullptr && kept->plain_decimal) {
            write_small_int(v.as_int(), kept->spec, room);
            return *this;
        }
    } else if (is_str(v)) {  // (the empty spec is never kept: `{s:}` is the str itself, below)
        if (const KeptSpec* kept = kept_spec(spec_value); kept != nullptr && kept->plain_str) {
            Str& text = as<Str>(v);
            pad_ascii_into(kept->spec, 0, text.bytes(), text.size(), '<', room,
                           [&](char* at) { copy_bytes(at, text.chars(), text.bytes()); });
            return *this;
        }
    }
    Value text = format_with_spec(v, spec_value);
    Str& s = as<Str>(text);
    put(s.text(), s.length);
    return *this;
}

FStringBuilder& FStringBuilder::field_with_spec(std::initializer_list<Ref> value_and_spec, int conversion) {
    const Value& v = value_and_spec.begin()[0];
    const Value& spec = value_and_spec.begin()[1];
    if (conversion == -1) return field(v, spec);
    return field(format_value(v, conversion), spec);
}

Value FStringBuilder::finish() {
    Str* result = Str::make_for_writing(size_, size_);
    result->length = length_;
    copy_bytes(result->chars(), data_, size_);
    return Value::object(result);
}

// ascii(v): repr(v) with every non-ASCII character escaped (\xNN, \uNNNN, \UNNNNNNNN).
std::string ascii_repr(const Value& v) {
    std::string r = repr(v), out;
    for (std::size_t i = 0; i < r.size();) {
        auto c = static_cast<unsigned char>(r[i]);
        if (c < 0x80) {
            out += r[i++];
            continue;
        }
        out += char_escape(unicode::decode(r.data(), i));
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------
// str.format: "{0} {name!r:>{width}}" — replacement fields with CPython's parsing and errors.

namespace {

class FormatCall {
public:
    FormatCall(const Value* args, std::size_t n, const KwArgs& kw) : args_(args), n_(n), kw_(kw) {}

    std::string render(std::string_view f, int depth) {
        if (depth > 2) raise(&ValueError, "Max string recursion exceeded");
        std::string out;
        for (std::size_t i = 0; i < f.size();) {
            char c = f[i];
            if (c == '}') {
                if (i + 1 < f.size() && f[i + 1] == '}') {
                    out += '}';
                    i += 2;
                    continue;
                }
                raise(&ValueError, "Single '}' encountered in format string");
            }
            if (c != '{') {
                out += c;
                ++i;
                continue;
            }
            if (i + 1 < f.size() && f[i + 1] == '{') {
                out += '{';
                i += 2;
                continue;
            }
            // the field runs to the matching '}', counting nested braces of the format spec
            // (inside the field name's [key] a brace is just a character)
            std::size_t j = i + 1;
            int level = 1;
            bool in_name = true, in_key = false;
            for (; j < f.size(); ++j) {
                if (in_name && (in_key || f[j] == '[')) {
                    in_key = f[j] != ']';
                    continue;
                }
                if (f[j] == '!' || f[j] == ':') in_name = false;
                if (f[j] == '{') ++level;
                if (f[j] == '}' && --level == 0) break;
            }
            if (j >= f.size()) {
                if (i + 1 == f.size()) raise(&ValueError, "Single '{' encountered in format string");
                raise(&ValueError, "expected '}' before end of string");
            }
            out += field(f.substr(i + 1, j - i - 1), depth);
            i = j + 1;
        }
        return out;
    }

private:
    std::string field(std::string_view text, int depth) {
        // field_name up to '!' or ':' (outside brackets)
        std::size_t end = 0;
        bool in_brackets = false;
        for (; end < text.size(); ++end) {
            if (text[end] == '[') in_brackets = true;
            if (text[end] == ']') in_brackets = false;
            if (!in_brackets && (text[end] == '!' || text[end] == ':')) break;
        }
        Value v = lookup(text.substr(0, end));
        char conversion = 0;
        if (end < text.size() && text[end] == '!') {
            if (end + 1 >= text.size()) raise(&ValueError, "unmatched '{' in format spec");
            conversion = text[end + 1];
            end += 2;
            if (end < text.size() && text[end] != ':') raise(&ValueError, "expected ':' after conversion specifier");
        }
        std::string spec = end < text.size() ? render(text.substr(end + 1), depth + 1) : "";
        if (conversion == 'r' || conversion == 'a')
            v = new_str(conversion == 'a' ? ascii_repr(v) : repr(v));
        else if (conversion == 's')
            v = new_str(to_str(v));
        else if (conversion != 0)
            raise(&ValueError, std::string("Unknown conversion specifier ") + conversion);
        return std::string(as<Str>(format_with_spec(v, new_str(spec))).text());
    }

    // arg_name ("[" key "]")*
    Value lookup(std::string_view name) {
        std::size_t first_end = name.find_first_of(".[");
        std::string arg(name.substr(0, first_end));
        Value v;
        if (arg.empty()) {
            if (manual_) raise(&ValueError, "cannot switch from manual field specification to automatic field numbering");
            automatic_ = true;
            v = positional(next_index_++);
        } else if (std::all_of(arg.begin(), arg.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            if (automatic_) raise(&ValueError, "cannot switch from automatic field numbering to manual field specification");
            manual_ = true;
            v = positional(std::stoul(arg));
        } else {
            std::size_t k = 0;
            while (k < kw_.size && kw_.names[k] != arg) ++k;
            if (k == kw_.size) raise_value(Value::object(new ExceptionObject(&KeyError, make_tuple({new_str(arg)}))));
            v = kw_.values[k];
        }
        for (std::size_t i = first_end; i != std::string::npos && i < name.size();) {
            if (name[i] == '.') raise(&NotImplementedError, "py2cpp: attributes in str.format fields are not supported yet");
            std::size_t close = name.find(']', i);
            if (close == std::string::npos) raise(&ValueError, "Missing ']' in format string");
            std::string key(name.substr(i + 1, close - i - 1));
            bool numeric = !key.empty() && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; });
            v = getitem({v, numeric ? Value::integer(std::stoll(key)) : new_str(key)});
            i = close + 1;
            if (i < name.size() && name[i] != '.' && name[i] != '[')
                raise(&ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        return v;
    }

    Value positional(std::size_t index) {
        if (index >= n_)
            raise(&IndexError, "Replacement index " + std::to_string(index) + " out of range for positional args tuple");
        return args_[index];
    }

    const Value* args_;
    std::size_t n_;
    const KwArgs& kw_;
    bool automatic_ = false, manual_ = false;
    std::size_t next_index_ = 0;
};

}  // namespace

Value str_format(std::string_view format, const Value* args, std::size_t n, const KwArgs& kw) {
    FormatCall call(args, n, kw);
    return new_str(call.render(format, 0));
}

// ---------------------------------------------------------------------------------------------------------
// printf-style formatting: "%-5d|%s" % (x, y), "%(name)s" % mapping

namespace {

struct Conversion {
    bool left = false, zero = false, plus = false, space = false, alternate = false;
    std::int64_t width = -1, precision = -1;
    char type = 0;
};

// Pads an already converted `body` (whose sign/prefix is `prefix`) as the flags ask.
std::string pad_conversion(const Conversion& c, std::string_view prefix, std::string_view body, bool numeric) {
    std::int64_t len = code_points(prefix) + code_points(body);
    auto missing = static_cast<std::size_t>(c.width > len ? c.width - len : 0);
    std::string out;
    out.reserve(prefix.size() + body.size() + missing);
    if (!c.left && !(c.zero && numeric)) out.append(missing, ' ');
    out += prefix;
    if (!c.left && c.zero && numeric) out.append(missing, '0');
    out += body;
    if (c.left) out.append(missing, ' ');
    return out;
}

std::string percent_int(const Conversion& c, const Value& v) {
    Value x = v;
    if (v.is_float()) {
        if (c.type != 'd' && c.type != 'i' && c.type != 'u')
            raise(&TypeError, std::string("%") + c.type + " format: an integer is required, not float");
        x = float_to_int(v.as_float());
    } else if (!is_intlike(v)) {
        bool decimal = c.type == 'd' || c.type == 'i' || c.type == 'u';
        raise(&TypeError, std::string("%") + c.type + " format: " + (decimal ? "a real number" : "an integer") +
                              " is required, not " + type_name(v));
    }
    int base = c.type == 'x' || c.type == 'X' ? 16 : c.type == 'o' ? 8 : 10;
    bool negative;
    std::string digits = magnitude_digits(x, base, negative);
    if (c.type == 'X')
        for (char& ch : digits) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (c.precision > static_cast<std::int64_t>(digits.size()))
        digits.insert(0, static_cast<std::size_t>(c.precision) - digits.size(), '0');
    std::string prefix = negative ? "-" : c.plus ? "+" : c.space ? " " : "";
    if (c.alternate && base != 10) prefix += c.type == 'X' ? "0X" : c.type == 'x' ? "0x" : "0o";
    return pad_conversion(c, prefix, digits, true);
}

std::string percent_float(const Conversion& c, const Value& v) {
    if (!is_number(v)) raise(&TypeError, std::string("must be real number, not ") + type_name(v));
    double d = v.is_float() ? v.as_float() : int_to_double(v);
    Spec spec;
    spec.type = c.type;
    spec.precision = c.precision < 0 ? 6 : c.precision;
    spec.alternate = c.alternate;
    spec.sign = c.plus ? '+' : c.space ? ' ' : 0;
    std::string body = format_float(d, spec);
    std::string prefix;
    if (!body.empty() && (body[0] == '-' || body[0] == '+' || body[0] == ' ')) {
        prefix = body.substr(0, 1);
        body = body.substr(1);
    }
    return pad_conversion(c, prefix, body, std::isfinite(d));
}

std::string percent_one(const Conversion& c, const Value& v) {
    switch (c.type) {
        case 's':
        case 'r':
        case 'a': {
            std::string text = c.type == 's' ? to_str(v) : c.type == 'a' ? ascii_repr(v) : repr(v);
            if (c.precision >= 0) {
                std::size_t i = 0;
                for (std::int64_t k = 0; k < c.precision && i < text.size(); ++k) {
                    ++i;
                    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
                }
                text.resize(i);
            }
            return pad_conversion(c, "", text, false);
        }
        case 'd':
        case 'i':
        case 'u':
        case 'x':
        case 'X':
        case 'o': return percent_int(c, v);
        case 'e':
        case 'E':
        case 'f':
        case 'F':
        case 'g':
        case 'G': return percent_float(c, v);
        case 'c': {
            if (is_str(v)) {
                if (as<Str>(v).size() != 1) raise(&TypeError, "%c requires int or char");
                return pad_conversion(c, "", as<Str>(v).text(), false);
            }
            if (!is_intlike(v)) raise(&TypeError, "%c requires int or char");
            if (!v.is_small_intlike() || v.as_small() < 0 || v.as_small() > 0x10FFFF)
                raise(&OverflowError, "%c arg not in range(0x110000)");
            return pad_conversion(c, "", to_str(call({builtin("chr"), v})), false);
        }
    }
    return "";
}

}  // namespace

Value str_percent(const Value& format_value, const Value& values) {
    std::string_view f = as<Str>(format_value).text();
    bool is_tuple = is_tuple_layout(values);
    bool is_mapping = is_dict_layout(values);
    std::span<const Value> items = is_tuple ? as<Tuple>(values).items() : std::span<const Value>();
    std::size_t count = is_tuple ? items.size() : 1, next = 0;
    bool used_mapping = false;
    auto next_value = [&]() -> Value {
        if (next >= count) raise(&TypeError, "not enough arguments for format string");
        return is_tuple ? items[next++] : (++next, values);
    };
    std::string out;
    for (std::size_t i = 0; i < f.size();) {
        if (f[i] != '%') {
            std::size_t j = f.find('%', i);
            if (j == std::string::npos) j = f.size();
            out.append(f, i, j - i);
            i = j;
            continue;
        }
        std::size_t start = i++;
        if (i >= f.size()) raise(&ValueError, "incomplete format");
        Value v;
        bool have_value = false;
        if (f[i] == '(') {
            if (!is_mapping) raise(&TypeError, "format requires a mapping");
            std::size_t close = i + 1;
            int level = 1;
            for (; close < f.size() && level > 0; ++close) level += f[close] == '(' ? 1 : f[close] == ')' ? -1 : 0;
            if (level > 0) raise(&ValueError, "incomplete format key");
            v = getitem({values, new_str(f.substr(i + 1, close - i - 2))});
            have_value = used_mapping = true;
            i = close;
        }
        Conversion c;
        for (; i < f.size(); ++i) {
            char flag = f[i];
            if (flag == '-') c.left = true;
            else if (flag == '0') c.zero = true;
            else if (flag == '+') c.plus = true;
            else if (flag == ' ') c.space = true;
            else if (flag == '#') c.alternate = true;
            else break;
        }
        auto number = [&](std::int64_t& target) {
            if (i < f.size() && f[i] == '*') {
                Value n = next_value();
                if (!n.is_small_intlike()) raise(&TypeError, "* wants int");
                target = n.as_small();
                ++i;
                return;
            }
            if (i < f.size() && f[i] >= '0' && f[i] <= '9') {
                target = 0;
                while (i < f.size() && f[i] >= '0' && f[i] <= '9') target = target * 10 + (f[i++] - '0');
            }
        };
        number(c.width);
        if (c.width < 0 && c.width != -1) {
            c.left = true;
            c.width = -c.width;
        }
        if (i < f.size() && f[i] == '.') {
            ++i;
            c.precision = 0;
            number(c.precision);
        }
        while (i < f.size() && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) ++i;  // length modifiers are ignored
        if (i >= f.size()) raise(&ValueError, "incomplete format");
        c.type = f[i++];
        if (c.type == '%') {
            out += '%';
            continue;
        }
        if (std::string_view("sradiuxXoeEfFgGc").find(c.type) == std::string_view::npos) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "%x", static_cast<unsigned char>(c.type));
            raise(&ValueError, std::string("unsupported format character '") + c.type + "' (0x" + hex + ") at index " +
                                   std::to_string(i - 1));
        }
        (void)start;
        if (!have_value) v = is_mapping && !is_tuple ? (++next, values) : next_value();
        bool bare = !c.left && !c.zero && !c.plus && !c.space && !c.alternate && c.width < 0 && c.precision < 0;
        if (bare && v.is_int() && (c.type == 'd' || c.type == 'i' || c.type == 'u')) {  // `%d` of a small int
            char digits[24];
            out.append(digits, std::to_chars(digits, digits + sizeof digits, v.as_int()).ptr);
        } else if (bare && c.type == 's' && is_str(v)) {  // `%s` of a str
            out += as<Str>(v).text();
        } else {
            out += percent_one(c, v);
        }
    }
    if (next < count && !used_mapping && !(is_mapping && !is_tuple))
        raise(&TypeError, "not all arguments converted during string formatting");
    return new_str(std::move(out));
}

}  // namespace py
