// Runtime — the format-spec mini-language (`f"{x:>8.2f}"`, format(x, spec)) for int, bool, float and str.
//
// [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type], with CPython's rules and error
// messages. Floats are rendered by printf, which rounds correctly (half-even on exact ties) as CPython does.
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "internal.h"

namespace py {

namespace {

struct Spec {
    std::string fill = " ";  // one code point, UTF-8
    char align = 0;          // < > ^ =, or 0 for the type's default
    char sign = '-';
    bool no_negative_zero = false;  // 'z'
    bool alternate = false;         // '#'
    long width = -1;
    char grouping = 0;  // ',' or '_'
    long precision = -1;
    char type = 0;
};

bool is_align(char c) { return c == '<' || c == '>' || c == '^' || c == '='; }

Spec parse_spec(const std::string& s, const char* type_name_for_errors) {
    Spec spec;
    std::size_t i = 0;
    // a fill character is any code point followed by an alignment
    std::size_t first_len = 1;
    if (!s.empty() && (static_cast<unsigned char>(s[0]) & 0x80) != 0) {
        while (first_len < s.size() && (static_cast<unsigned char>(s[first_len]) & 0xC0) == 0x80) ++first_len;
    }
    if (s.size() > first_len && is_align(s[first_len])) {
        spec.fill = s.substr(0, first_len);
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
    if (i < s.size()) raise(&ValueError, "Invalid format specifier '" + s + "' for object of type '" + type_name_for_errors + "'");
    if (spec.grouping != 0 && spec.type != 0 && std::string("deEfFgG%").find(spec.type) == std::string::npos &&
        !(spec.grouping == '_' && std::string("boxX").find(spec.type) != std::string::npos))
        raise(&ValueError, std::string("Cannot specify '") + spec.grouping + "' with '" + spec.type + "'.");
    return spec;
}

std::int64_t code_points(const std::string& s) {
    std::int64_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

// Pads `body` (after `prefix`: sign and 0x) to the width; '=' puts the fill between prefix and body.
std::string pad(const Spec& spec, const std::string& prefix, const std::string& body, char default_align) {
    char align = spec.align != 0 ? spec.align : default_align;
    std::int64_t len = code_points(prefix) + code_points(body);
    std::int64_t missing = spec.width > len ? spec.width - len : 0;
    auto fill = [&](std::int64_t n) {
        std::string out;
        for (std::int64_t k = 0; k < n; ++k) out += spec.fill;
        return out;
    };
    switch (align) {
        case '<': return prefix + body + fill(missing);
        case '^': return fill(missing / 2) + prefix + body + fill(missing - missing / 2);
        case '=': return prefix + fill(missing) + body;
        default: return fill(missing) + prefix + body;
    }
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

std::string format_int(const Value& v, const Spec& spec) {
    if (spec.precision >= 0) raise(&ValueError, "Precision not allowed in integer format specifier");
    char type = spec.type == 0 || spec.type == 'n' ? 'd' : spec.type;
    if (type == 'c') {
        if (spec.sign != '-') raise(&ValueError, "Sign not allowed with integer format specifier 'c'");
        if (!v.is_small_intlike() || v.as_small() < 0 || v.as_small() > 0x10FFFF)
            raise(&OverflowError, "%c arg not in range(0x110000)");
        return pad(spec, "", to_str(call({builtin("chr"), v})), '>');
    }
    int base = type == 'd' ? 10 : type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : type == 'b' ? 2 : 0;
    if (base == 0) raise(&ValueError, std::string("Unknown format code '") + spec.type + "' for object of type 'int'");
    Mpz z(v);
    bool negative = mpz_sgn(z.v) < 0;
    mpz_abs(z.v, z.v);
    std::string digits(mpz_sizeinbase(z.v, base) + 2, '\0');
    mpz_get_str(digits.data(), base, z.v);
    digits.resize(std::strlen(digits.c_str()));
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
    if (type != 0 && std::string("eEfFgGn%").find(type) == std::string::npos)
        raise(&ValueError, std::string("Unknown format code '") + type + "' for object of type 'float'");
    bool negative = std::signbit(d);
    double mag = std::fabs(d);
    std::string body;
    char buf[512];
    auto printf_format = [&](char conv, long precision, double x) {
        std::string f = std::string("%") + (spec.alternate ? "#" : "") + ".*" + conv;
        int n = std::snprintf(buf, sizeof buf, f.c_str(), static_cast<int>(precision), x);
        if (n >= static_cast<int>(sizeof buf)) {
            std::string big(static_cast<std::size_t>(n) + 1, '\0');
            std::snprintf(big.data(), big.size(), f.c_str(), static_cast<int>(precision), x);
            big.resize(static_cast<std::size_t>(n));
            return big;
        }
        return std::string(buf, static_cast<std::size_t>(n));
    };
    if (type == 0 && spec.precision < 0) {
        body = float_repr(mag);
    } else if (type == 0) {
        // like 'g', but a fixed-point result keeps one digit after the point
        body = printf_format('g', spec.precision == 0 ? 1 : spec.precision, mag);
        if (std::isfinite(mag) && body.find_first_of(".e") == std::string::npos) body += ".0";
    } else if (type == '%') {
        body = printf_format('f', spec.precision < 0 ? 6 : spec.precision, mag * 100) + "%";
    } else {
        char conv = type == 'n' ? 'g' : type;
        long precision = spec.precision < 0 ? 6 : spec.precision;
        if ((conv == 'g' || conv == 'G') && precision == 0) precision = 1;
        body = printf_format(conv, precision, mag);
    }
    if (spec.no_negative_zero && negative) {
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

std::string format_str(const std::string& s, const Spec& spec) {
    if (spec.type != 0 && spec.type != 's')
        raise(&ValueError, std::string("Unknown format code '") + spec.type + "' for object of type 'str'");
    if (spec.sign != '-') raise(&ValueError, "Sign not allowed in string format specifier");
    if (spec.alternate) raise(&ValueError, "Alternate form (#) not allowed in string format specifier");
    if (spec.align == '=') raise(&ValueError, "'=' alignment not allowed in string format specifier");
    if (spec.grouping != 0) raise(&ValueError, std::string("Cannot specify '") + spec.grouping + "' with 's'.");
    std::string body = s;
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

}  // namespace

Value format_with_spec(const Value& v, const Value& spec_value) {
    const std::string& spec = as<Str>(spec_value).data;
    if (Value r; is_instance_of_class(v) && call_special(v, "__format__", {spec_value}, r)) {
        if (!is_str(r)) raise(&TypeError, std::string("__format__ must return a str, not ") + type_name(r));
        return r;
    }
    if (spec.empty()) return is_str(v) ? v : new_str(to_str(v));
    if (is_str(v)) return new_str(format_str(as<Str>(v).data, parse_spec(spec, "str")));
    if (is_intlike(v)) {
        Spec s = parse_spec(spec, type_name(v));
        // int with a float presentation type formats as a float
        if (s.type != 0 && std::string("eEfFgG%").find(s.type) != std::string::npos)
            return new_str(format_float(int_to_double(v), s));
        return new_str(format_int(v.is_bool() ? Value::integer(v.as_small()) : v, s));
    }
    if (v.is_float()) return new_str(format_float(v.as_float(), parse_spec(spec, "float")));
    raise(&TypeError, std::string("unsupported format string passed to ") + type_name(v) + ".__format__");
}

}  // namespace py
