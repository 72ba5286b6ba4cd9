// Front end — one Python source file: its path, its text decoded to UTF-8, and a line index.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace py2cpp {

class Diagnostics;

class SourceFile {
public:
    // Reads `path`, honouring a UTF-8 BOM and a PEP 263 coding cookie. On failure reports to `diags`
    // and returns false (an unreadable file, an unknown encoding, bytes that are not valid in it).
    bool load(const std::string& path, Diagnostics& diags);
    // For tests and for sources that do not come from disk.
    bool load_from_bytes(std::string path, std::string bytes, Diagnostics& diags);

    const std::string& path() const { return path_; }
    const std::string& text() const { return text_; }  // UTF-8, BOM and cookie-encoding already removed

    // Line `n` (1-based) without its line terminator; empty past the end.
    std::string_view line(int n) const;
    int line_count() const { return static_cast<int>(line_starts_.size()); }

private:
    void index_lines();

    std::string path_;
    std::string text_;
    std::vector<std::size_t> line_starts_;
};

// The number of code points in the first `bytes` bytes of a UTF-8 string (a column in characters).
int utf8_column(std::string_view line, int bytes);

}  // namespace py2cpp
