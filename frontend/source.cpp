// Front end — reads a Python source file into UTF-8 text the way CPython's tokenizer does (BOM, PEP 263 cookie).
//
// Order of work, as in CPython's compile() of bytes: strip a UTF-8 BOM, turn "\r\n" and lone "\r" into "\n",
// look for a coding cookie on line 1 (or line 2 when line 1 is blank or only a comment), decode, and refuse
// NUL characters. The default encoding, and any spelling of utf-8, is checked here with CPython's UTF-8 rules
// and messages; other encodings go through glibc's iconv, limited to the single-byte code pages whose glibc
// tables agree with CPython's codecs byte for byte (the multibyte CJK ones and mac_roman do not).
//
// Error positions: "position N" in a codec message counts bytes from the start of the (BOM-less,
// newline-normalised) buffer, as CPython does when it decodes a whole file; the diagnostic's line and column
// point at the offending byte. On failure the text is still filled in, with U+FFFD for undecodable bytes
// and cut at a NUL, so the diagnostic can show the line.
#include "frontend/source.h"

#include <fmt/format.h>
#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <utility>

#include "frontend/diagnostics.h"

namespace py2cpp {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

std::string normalize_newlines(std::string_view in) {
    if (in.find('\r') == std::string_view::npos) return std::string(in);  // the usual case: a plain copy
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '\r') {
            out += '\n';
            if (i + 1 < in.size() && in[i + 1] == '\n') ++i;
        } else {
            out += in[i];
        }
    }
    return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }
bool is_alnum(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// get_coding_spec in Parser/tokenizer.c: the line must be a comment; the first "coding:" or "coding="
// followed by a non-empty name wins. Nothing when the line has no cookie.
std::optional<std::string> coding_spec(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && is_space(line[i])) ++i;
    if (i == line.size() || line[i] != '#') return std::nullopt;
    for (std::size_t at = line.find("coding", i); at != std::string_view::npos; at = line.find("coding", at + 1)) {
        std::size_t t = at + 6;
        if (t >= line.size() || (line[t] != ':' && line[t] != '=')) continue;
        ++t;
        while (t < line.size() && (line[t] == ' ' || line[t] == '\t')) ++t;
        const std::size_t begin = t;
        while (t < line.size() && (is_alnum(line[t]) || line[t] == '-' || line[t] == '_' || line[t] == '.')) ++t;
        if (t > begin) return std::string(line.substr(begin, t - begin));
    }
    return std::nullopt;
}

// A line with nothing but whitespace and maybe a comment: the cookie may then still come on line 2.
bool blank_or_comment(std::string_view line) {
    for (const char c : line) {
        if (c == '#') return true;
        if (!is_space(c)) return false;
    }
    return true;
}

std::optional<std::string> find_cookie(std::string_view text) {
    const std::size_t nl = text.find('\n');
    const std::string_view line1 = text.substr(0, nl);
    if (auto spec = coding_spec(line1)) return spec;
    if (nl == std::string_view::npos || !blank_or_comment(line1)) return std::nullopt;
    return coding_spec(text.substr(nl + 1, text.find('\n', nl + 1) - (nl + 1)));
}

// get_normal_name in Parser/tokenizer.c: the tokenizer's own spellings of utf-8 and latin-1. Anything else
// is returned as written and left to the codec registry.
std::string normal_name(const std::string& spec) {
    std::string buf;
    for (std::size_t i = 0; i < spec.size() && i < 12; ++i) {
        const char c = spec[i];
        buf += c == '_' ? '-' : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    const auto starts = [&](std::string_view prefix) { return buf.compare(0, prefix.size(), prefix) == 0; };
    if (buf == "utf-8" || starts("utf-8-")) return "utf-8";
    if (buf == "latin-1" || buf == "iso-8859-1" || buf == "iso-latin-1" || starts("latin-1-") ||
        starts("iso-8859-1-") || starts("iso-latin-1-")) {
        return "iso-8859-1";
    }
    return spec;
}

// encodings.normalize_encoding after the codec registry's lower-casing: runs of punctuation become one '_'.
std::string codec_key(std::string_view name) {
    std::string key;
    bool punct = false;
    for (const char c : name) {
        if (is_alnum(c) || c == '.') {
            if (punct && !key.empty()) key += '_';
            key += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            punct = false;
        } else {
            punct = true;
        }
    }
    return key;
}

enum class CodecKind { Utf8, Ascii, Charmap, Unsupported };

struct Codec {
    std::string_view module;  // the module in Lib/encodings that CPython would use
    CodecKind kind;
    std::string_view iconv_name;
};

// CPython codecs we decode, by module name. Each decodable one was checked to match glibc's iconv on every
// pair of bytes (tests/unit/source_test.cpp keeps checking).
constexpr Codec kCodecs[] = {
    {"utf_8", CodecKind::Utf8, ""},
    {"ascii", CodecKind::Ascii, "ASCII"},
    {"latin_1", CodecKind::Charmap, "ISO-8859-1"},
    {"iso8859_2", CodecKind::Charmap, "ISO-8859-2"},
    {"iso8859_3", CodecKind::Charmap, "ISO-8859-3"},
    {"iso8859_4", CodecKind::Charmap, "ISO-8859-4"},
    {"iso8859_5", CodecKind::Charmap, "ISO-8859-5"},
    {"iso8859_6", CodecKind::Charmap, "ISO-8859-6"},
    {"iso8859_7", CodecKind::Charmap, "ISO-8859-7"},
    {"iso8859_8", CodecKind::Charmap, "ISO-8859-8"},
    {"iso8859_9", CodecKind::Charmap, "ISO-8859-9"},
    {"iso8859_10", CodecKind::Charmap, "ISO-8859-10"},
    {"iso8859_11", CodecKind::Charmap, "ISO-8859-11"},
    {"iso8859_13", CodecKind::Charmap, "ISO-8859-13"},
    {"iso8859_14", CodecKind::Charmap, "ISO-8859-14"},
    {"iso8859_15", CodecKind::Charmap, "ISO-8859-15"},
    {"iso8859_16", CodecKind::Charmap, "ISO-8859-16"},
    {"cp1250", CodecKind::Charmap, "CP1250"},
    {"cp1251", CodecKind::Charmap, "CP1251"},
    {"cp1252", CodecKind::Charmap, "CP1252"},
    {"cp1253", CodecKind::Charmap, "CP1253"},
    {"cp1254", CodecKind::Charmap, "CP1254"},
    {"cp1256", CodecKind::Charmap, "CP1256"},
    {"cp1257", CodecKind::Charmap, "CP1257"},
    {"cp437", CodecKind::Charmap, "CP437"},
    {"cp850", CodecKind::Charmap, "CP850"},
    {"cp852", CodecKind::Charmap, "CP852"},
    {"cp866", CodecKind::Charmap, "CP866"},
    {"koi8_r", CodecKind::Charmap, "KOI8-R"},
    {"koi8_u", CodecKind::Charmap, "KOI8-U"},
    // Known to CPython but decoded differently by glibc (cp1255 and cp1258 compose combining marks, the
    // others differ in their tables), or not ASCII-compatible: refused by name.
    {"cp1255", CodecKind::Unsupported, ""},
    {"cp1258", CodecKind::Unsupported, ""},
    {"mac_roman", CodecKind::Unsupported, ""},
    {"shift_jis", CodecKind::Unsupported, ""},
    {"cp932", CodecKind::Unsupported, ""},
    {"euc_jp", CodecKind::Unsupported, ""},
    {"iso2022_jp", CodecKind::Unsupported, ""},
    {"gbk", CodecKind::Unsupported, ""},
    {"gb2312", CodecKind::Unsupported, ""},
    {"gb18030", CodecKind::Unsupported, ""},
    {"big5", CodecKind::Unsupported, ""},
    {"cp950", CodecKind::Unsupported, ""},
    {"euc_kr", CodecKind::Unsupported, ""},
    {"cp949", CodecKind::Unsupported, ""},
    {"utf_16", CodecKind::Unsupported, ""},
    {"utf_32", CodecKind::Unsupported, ""},
    {"utf_7", CodecKind::Unsupported, ""},
};

// The entries of Lib/encodings/aliases.py that lead to the codecs above.
constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
    {"u8", "utf_8"}, {"utf", "utf_8"}, {"utf8", "utf_8"}, {"utf8_ucs2", "utf_8"}, {"utf8_ucs4", "utf_8"},
    {"cp65001", "utf_8"}, {"646", "ascii"}, {"ansi_x3.4_1968", "ascii"}, {"ansi_x3_4_1968", "ascii"},
    {"ansi_x3.4_1986", "ascii"}, {"cp367", "ascii"}, {"csascii", "ascii"}, {"ibm367", "ascii"},
    {"iso646_us", "ascii"}, {"iso_646.irv_1991", "ascii"}, {"iso_ir_6", "ascii"}, {"us", "ascii"},
    {"us_ascii", "ascii"}, {"8859", "latin_1"}, {"cp819", "latin_1"}, {"csisolatin1", "latin_1"},
    {"ibm819", "latin_1"}, {"iso8859", "latin_1"}, {"iso8859_1", "latin_1"}, {"iso_8859_1", "latin_1"},
    {"iso_8859_1_1987", "latin_1"}, {"iso_ir_100", "latin_1"}, {"l1", "latin_1"}, {"latin", "latin_1"},
    {"latin1", "latin_1"}, {"csisolatin2", "iso8859_2"}, {"iso_8859_2", "iso8859_2"},
    {"iso_8859_2_1987", "iso8859_2"}, {"iso_ir_101", "iso8859_2"}, {"l2", "iso8859_2"},
    {"latin2", "iso8859_2"}, {"csisolatin3", "iso8859_3"}, {"iso_8859_3", "iso8859_3"},
    {"iso_8859_3_1988", "iso8859_3"}, {"iso_ir_109", "iso8859_3"}, {"l3", "iso8859_3"},
    {"latin3", "iso8859_3"}, {"csisolatin4", "iso8859_4"}, {"iso_8859_4", "iso8859_4"},
    {"iso_8859_4_1988", "iso8859_4"}, {"iso_ir_110", "iso8859_4"}, {"l4", "iso8859_4"},
    {"latin4", "iso8859_4"}, {"csisolatincyrillic", "iso8859_5"}, {"cyrillic", "iso8859_5"},
    {"iso_8859_5", "iso8859_5"}, {"iso_8859_5_1988", "iso8859_5"}, {"iso_ir_144", "iso8859_5"},
    {"arabic", "iso8859_6"}, {"asmo_708", "iso8859_6"}, {"csisolatinarabic", "iso8859_6"},
    {"ecma_114", "iso8859_6"}, {"iso_8859_6", "iso8859_6"}, {"iso_8859_6_1987", "iso8859_6"},
    {"iso_ir_127", "iso8859_6"}, {"csisolatingreek", "iso8859_7"}, {"ecma_118", "iso8859_7"},
    {"elot_928", "iso8859_7"}, {"greek", "iso8859_7"}, {"greek8", "iso8859_7"}, {"iso_8859_7", "iso8859_7"},
    {"iso_8859_7_1987", "iso8859_7"}, {"iso_ir_126", "iso8859_7"}, {"csisolatinhebrew", "iso8859_8"},
    {"hebrew", "iso8859_8"}, {"iso_8859_8", "iso8859_8"}, {"iso_8859_8_1988", "iso8859_8"},
    {"iso_ir_138", "iso8859_8"}, {"csisolatin5", "iso8859_9"}, {"iso_8859_9", "iso8859_9"},
    {"iso_8859_9_1989", "iso8859_9"}, {"iso_ir_148", "iso8859_9"}, {"l5", "iso8859_9"},
    {"latin5", "iso8859_9"}, {"csisolatin6", "iso8859_10"}, {"iso_8859_10", "iso8859_10"},
    {"iso_8859_10_1992", "iso8859_10"}, {"iso_ir_157", "iso8859_10"}, {"l6", "iso8859_10"},
    {"latin6", "iso8859_10"}, {"thai", "iso8859_11"}, {"iso_8859_11", "iso8859_11"},
    {"iso_8859_11_2001", "iso8859_11"}, {"iso_8859_13", "iso8859_13"}, {"l7", "iso8859_13"},
    {"latin7", "iso8859_13"}, {"iso_8859_14", "iso8859_14"}, {"iso_8859_14_1998", "iso8859_14"},
    {"iso_celtic", "iso8859_14"}, {"iso_ir_199", "iso8859_14"}, {"l8", "iso8859_14"},
    {"latin8", "iso8859_14"}, {"iso_8859_15", "iso8859_15"}, {"l9", "iso8859_15"}, {"latin9", "iso8859_15"},
    {"iso_8859_16", "iso8859_16"}, {"iso_8859_16_2001", "iso8859_16"}, {"iso_ir_226", "iso8859_16"},
    {"l10", "iso8859_16"}, {"latin10", "iso8859_16"}, {"1250", "cp1250"}, {"windows_1250", "cp1250"},
    {"1251", "cp1251"}, {"windows_1251", "cp1251"}, {"1252", "cp1252"}, {"windows_1252", "cp1252"},
    {"1253", "cp1253"}, {"windows_1253", "cp1253"}, {"1254", "cp1254"}, {"windows_1254", "cp1254"},
    {"1255", "cp1255"}, {"windows_1255", "cp1255"}, {"1256", "cp1256"}, {"windows_1256", "cp1256"},
    {"1257", "cp1257"}, {"windows_1257", "cp1257"}, {"1258", "cp1258"}, {"windows_1258", "cp1258"},
    {"437", "cp437"}, {"cspc8codepage437", "cp437"}, {"ibm437", "cp437"}, {"850", "cp850"},
    {"cspc850multilingual", "cp850"}, {"ibm850", "cp850"}, {"852", "cp852"}, {"cspcp852", "cp852"},
    {"ibm852", "cp852"}, {"866", "cp866"}, {"csibm866", "cp866"}, {"ibm866", "cp866"}, {"cskoi8r", "koi8_r"},
    {"macintosh", "mac_roman"}, {"macroman", "mac_roman"}, {"shiftjis", "shift_jis"}, {"sjis", "shift_jis"},
    {"s_jis", "shift_jis"}, {"ms932", "cp932"}, {"mskanji", "cp932"}, {"ms_kanji", "cp932"},
    {"eucjp", "euc_jp"}, {"ujis", "euc_jp"}, {"u_jis", "euc_jp"}, {"936", "gbk"}, {"cp936", "gbk"},
    {"ms936", "gbk"}, {"euc_cn", "gb2312"}, {"euccn", "gb2312"}, {"big5_tw", "big5"}, {"csbig5", "big5"},
    {"ms950", "cp950"}, {"euckr", "euc_kr"}, {"ks_c_5601", "euc_kr"}, {"korean", "euc_kr"},
    {"uhc", "cp949"}, {"ms949", "cp949"}, {"u16", "utf_16"}, {"utf16", "utf_16"}, {"u32", "utf_32"},
    {"utf32", "utf_32"}, {"u7", "utf_7"}, {"utf7", "utf_7"},
};

// codecs.lookup as far as it concerns us: the alias table first (also with '.' read as '_'), then the name
// itself as a module name.
const Codec* lookup_codec(std::string_view name) {
    const std::string key = codec_key(name);
    std::string dotless = key;
    std::replace(dotless.begin(), dotless.end(), '.', '_');
    std::string_view module = key;
    for (const auto& [alias, target] : kAliases) {
        if (alias == key || alias == dotless) {
            module = target;
            break;
        }
    }
    for (const Codec& codec : kCodecs) {
        if (codec.module == module) return &codec;
    }
    return nullptr;
}

// The 1-based line and column just after `decoded`, the UTF-8 text decoded before the point of interest.
std::pair<int, int> line_and_column(std::string_view decoded) {
    const std::size_t nl = decoded.rfind('\n');
    const int line = 1 + static_cast<int>(std::count(decoded.begin(), decoded.end(), '\n'));
    const std::string_view last = nl == std::string_view::npos ? decoded : decoded.substr(nl + 1);
    return {line, utf8_column(last, static_cast<int>(last.size())) + 1};
}

struct DecodeError {
    std::size_t position = 0;       // first bad byte, in the input
    std::size_t decoded_bytes = 0;  // length of the output decoded before it
    std::string message;
};

// CPython's UTF-8 decoder (Objects/stringlib/codecs.h) as a validator: the same rejections (overlong
// forms, surrogates, beyond U+10FFFF) and the same error ranges and reasons in the message. Invalid
// sequences are copied to `out` as U+FFFD.
std::optional<DecodeError> decode_utf8(std::string_view in, std::string& out) {
    std::optional<DecodeError> first;
    const auto cont = [&](std::size_t k) { return (static_cast<unsigned char>(in[k]) & 0xC0) == 0x80; };
    std::size_t i = 0;
    while (i < in.size()) {
        // Runs of ASCII, most of any source file, are copied in one piece.
        std::size_t ascii_end = i;
        while (ascii_end < in.size() && static_cast<unsigned char>(in[ascii_end]) < 0x80) ++ascii_end;
        if (ascii_end > i) {
            out.append(in.substr(i, ascii_end - i));
            i = ascii_end;
            continue;
        }
        const auto b0 = static_cast<unsigned char>(in[i]);
        const std::size_t avail = in.size() - i;
        std::size_t length = 0;  // of a valid sequence
        std::size_t bad = 1;     // bytes in the error range when invalid
        const char* reason = nullptr;
        const auto b1 = avail > 1 ? static_cast<unsigned char>(in[i + 1]) : 0;
        if (b0 < 0x80) {
            length = 1;
        } else if (b0 < 0xC2 || b0 > 0xF4) {
            reason = "invalid start byte";
        } else if (b0 < 0xE0) {
            if (avail < 2) reason = "unexpected end of data";
            else if (!cont(i + 1)) reason = "invalid continuation byte";
            else length = 2;
        } else {
            // The second byte also carries the range checks: no overlong forms, no surrogates, <= U+10FFFF.
            const bool second_ok = avail > 1 && cont(i + 1) &&
                                   !(b0 == 0xE0 && b1 < 0xA0) && !(b0 == 0xED && b1 >= 0xA0) &&
                                   !(b0 == 0xF0 && b1 < 0x90) && !(b0 == 0xF4 && b1 >= 0x90);
            const std::size_t need = b0 < 0xF0 ? 3 : 4;
            if (avail == 1) {
                reason = "unexpected end of data";
            } else if (!second_ok) {
                reason = "invalid continuation byte";
            } else if (avail < 3 || (need == 4 && avail < 4 && cont(i + 2))) {
                reason = "unexpected end of data";
                bad = avail;
            } else if (!cont(i + 2)) {
                reason = "invalid continuation byte";
                bad = 2;
            } else if (need == 4 && !cont(i + 3)) {
                reason = "invalid continuation byte";
                bad = 3;
            } else {
                length = need;
            }
        }
        if (reason == nullptr) {
            out.append(in.substr(i, length));
            i += length;
            continue;
        }
        if (!first) {
            std::string message =
                bad == 1 ? fmt::format("'utf-8' codec can't decode byte 0x{:02x} in position {}: {}", b0, i, reason)
                         : fmt::format("'utf-8' codec can't decode bytes in position {}-{}: {}", i, i + bad - 1,
                                       reason);
            first = DecodeError{i, out.size(), std::move(message)};
        }
        out += kReplacement;
        i += bad;
    }
    return first;
}

// A single-byte code page through iconv; undecodable bytes become U+FFFD.
std::optional<DecodeError> decode_iconv(std::string_view in, const Codec& codec, std::string& out) {
    iconv_t cd = ::iconv_open("UTF-8", std::string(codec.iconv_name).c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        return DecodeError{0, 0, fmt::format("encoding not available: {}", codec.module)};
    }
    std::optional<DecodeError> first;
    std::string buffer(in);  // iconv wants a mutable input pointer
    char* src = buffer.data();
    std::size_t src_left = buffer.size();
    out.resize(buffer.size() * 3 + 16);  // a single byte never becomes more than three UTF-8 bytes
    char* dst = out.data();
    std::size_t dst_left = out.size();
    while (src_left > 0) {
        if (::iconv(cd, &src, &src_left, &dst, &dst_left) != static_cast<std::size_t>(-1)) break;
        const std::size_t position = static_cast<std::size_t>(src - buffer.data());
        const std::size_t decoded = static_cast<std::size_t>(dst - out.data());
        if (!first) {
            const auto byte = static_cast<unsigned char>(*src);
            const char* reason = codec.kind == CodecKind::Ascii ? "ordinal not in range(128)"
                                                                : "character maps to <undefined>";
            const char* name = codec.kind == CodecKind::Ascii ? "ascii" : "charmap";
            first = DecodeError{position, decoded,
                                fmt::format("'{}' codec can't decode byte 0x{:02x} in position {}: {}", name, byte,
                                            position, reason)};
        }
        // Replace the byte and carry on (dst_left has room: each input byte reserved three output bytes).
        std::memcpy(dst, kReplacement.data(), kReplacement.size());
        dst += kReplacement.size();
        dst_left -= kReplacement.size();
        ++src;
        --src_left;
    }
    out.resize(static_cast<std::size_t>(dst - out.data()));
    ::iconv_close(cd);
    return first;
}

}  // namespace

bool SourceFile::load(const std::string& path, Diagnostics& diags) {
    path_ = path;
    text_.clear();
    line_starts_.clear();
    std::FILE* file = std::fopen(path.c_str(), "rb");
    std::string bytes;
    int error = file == nullptr ? errno : 0;
    if (file != nullptr) {
        char buf[65536];
        for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, file)) > 0;) bytes.append(buf, n);
        if (std::ferror(file)) error = errno != 0 ? errno : EIO;
        std::fclose(file);
    }
    if (error != 0) {
        // CPython's wording for `python3 missing.py`.
        diags.error(0, 0, fmt::format("can't open file '{}': [Errno {}] {}", path, error, std::strerror(error)));
        return false;
    }
    return load_from_bytes(path, std::move(bytes), diags);
}

bool SourceFile::load_from_bytes(std::string path, std::string bytes, Diagnostics& diags) {
    path_ = std::move(path);
    text_.clear();
    line_starts_.clear();

    std::string_view raw = bytes;
    const bool bom = raw.substr(0, kBom.size()) == kBom;
    if (bom) raw.remove_prefix(kBom.size());
    const std::string input = normalize_newlines(raw);

    const Codec* codec = nullptr;  // null: the tokenizer's own UTF-8
    if (const auto spec = find_cookie(input)) {
        const std::string name = normal_name(*spec);
        if (bom && name != "utf-8") {
            diags.error(0, 0, fmt::format("encoding problem: {} with BOM", name));
            return false;
        }
        if (name != "utf-8") {
            codec = lookup_codec(name);
            if (codec == nullptr) {
                diags.error(0, 0, fmt::format("unknown encoding: {}", name));
                return false;
            }
            if (codec->kind == CodecKind::Unsupported) {
                diags.error(0, 0, fmt::format("encoding not supported by py2cpp: {}", name));
                return false;
            }
        }
    }

    std::optional<DecodeError> error;
    if (codec == nullptr || codec->kind == CodecKind::Utf8) {
        text_.reserve(input.size());
        error = decode_utf8(input, text_);
        // The tokenizer's own check says "(unicode error)"; a codec named in a cookie decodes the whole
        // buffer and its message comes bare, as in CPython.
        if (error && codec == nullptr) error->message = "(unicode error) " + error->message;
    } else {
        error = decode_iconv(input, *codec, text_);
    }

    bool ok = true;
    if (error) {
        const auto [line, column] = line_and_column(std::string_view(text_).substr(0, error->decoded_bytes));
        diags.error(line, column, std::move(error->message));
        ok = false;
    } else if (const std::size_t nul = text_.find('\0'); nul != std::string::npos) {
        // CPython 3.11 names the line but no column, and shows the line only up to the NUL.
        text_.resize(nul);
        diags.error(line_and_column(text_).first, 0, "source code cannot contain null bytes");
        ok = false;
    }
    index_lines();
    return ok;
}

void SourceFile::index_lines() {
    line_starts_.clear();
    if (text_.empty()) return;
    line_starts_.push_back(0);
    for (std::size_t i = 0; i + 1 < text_.size(); ++i) {
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
}

std::string_view SourceFile::line(int n) const {
    if (n < 1 || n > line_count()) return {};
    const std::size_t start = line_starts_[static_cast<std::size_t>(n - 1)];
    std::size_t end = text_.find('\n', start);
    if (end == std::string::npos) end = text_.size();
    return std::string_view(text_).substr(start, end - start);
}

int utf8_column(std::string_view line, int bytes) {
    const std::size_t n = bytes <= 0 ? 0 : std::min(line.size(), static_cast<std::size_t>(bytes));
    int column = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;  // count all but continuation bytes
    }
    return column;
}

}  // namespace py2cpp
