// Front end — diagnostics shared by every phase: `FILE:LINE:COL: error: MESSAGE`, the source line, a caret.
//
// Every phase reports into one Diagnostics list. Like CPython, the front end stops at its first error, so a
// phase that reports an error also returns (or throws CompileError) instead of guessing on.
#pragma once

#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

namespace py2cpp {

class SourceFile;

enum class Severity { Error, Warning, Note };

struct Diagnostic {
    Severity severity = Severity::Error;
    int line = 0;    // 1-based; 0 when the message is about the file as a whole
    int column = 0;  // 1-based, in characters (code points), as a terminal shows it; 0 for none
    std::string message;
};

class Diagnostics {
public:
    void report(Severity severity, int line, int column, std::string message);
    void error(int line, int column, std::string message) { report(Severity::Error, line, column, std::move(message)); }
    void warning(int line, int column, std::string message) {
        report(Severity::Warning, line, column, std::move(message));
    }

    bool has_errors() const { return errors_ > 0; }
    const std::vector<Diagnostic>& all() const { return list_; }

    // Prints each diagnostic as `path:line:col: error: message`, then the line and a caret under the column.
    void print(std::ostream& out, const SourceFile& source) const;

private:
    std::vector<Diagnostic> list_;
    int errors_ = 0;
};

// Thrown to unwind a phase after its first error has been reported.
class CompileError : public std::runtime_error {
public:
    CompileError() : std::runtime_error("compile error reported") {}
};

}  // namespace py2cpp
