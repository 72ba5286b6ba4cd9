// Front end — collects diagnostics and prints them clang-style: `path:line:col: error: message`, line, caret.
#include "frontend/diagnostics.h"

#include <ostream>
#include <string>
#include <string_view>

#include "frontend/source.h"

namespace py2cpp {
namespace {

std::string_view severity_word(Severity severity) {
    switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
    }
    return "error";
}

// The line under the source line: whitespace up to the column, then `^`. Tabs in the source are copied so
// the caret stays under the right character in any tab width. A column past the end of the line puts the
// caret just after its last character (where an "unexpected end of line" points).
std::string caret_line(std::string_view line, int column) {
    std::string out;
    int col = 1;
    std::size_t i = 0;
    while (col < column && i < line.size()) {
        out += line[i] == '\t' ? '\t' : ' ';
        ++i;
        while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;  // rest of the char
        ++col;
    }
    out += '^';
    return out;
}

}  // namespace

void Diagnostics::report(Severity severity, int line, int column, std::string message) {
    if (severity == Severity::Error) ++errors_;
    list_.push_back(Diagnostic{severity, line, column, std::move(message)});
}

void Diagnostics::print(std::ostream& out, const SourceFile& source) const {
    const std::string_view path = source.path().empty() ? std::string_view("<string>") : source.path();
    std::string text;
    for (const Diagnostic& d : list_) {
        text += path;
        // Like gcc, a diagnostic without a line (or a column) just leaves that part out.
        if (d.line > 0) {
            text += ':' + std::to_string(d.line);
            if (d.column > 0) text += ':' + std::to_string(d.column);
        }
        text += ": ";
        text += severity_word(d.severity);
        text += ": ";
        text += d.message;
        text += '\n';
        if (d.line > 0 && d.line <= source.line_count()) {
            const std::string_view line = source.line(d.line);
            text += line;
            text += '\n';
            if (d.column > 0) {
                text += caret_line(line, d.column);
                text += '\n';
            }
        }
    }
    out << text;
}

}  // namespace py2cpp
