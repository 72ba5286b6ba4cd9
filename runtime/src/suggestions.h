// Runtime — "Did you mean: 'x'?": the closest name to a misspelt one, by CPython's rule.
//
// CPython 3.11 appends a suggestion to an uncaught NameError or AttributeError when some candidate name is
// close enough to the missing one. Closeness is an edit distance over the names' UTF-8 bytes where inserting,
// deleting or replacing a byte costs 2 and replacing a letter by the same letter in the other ASCII case
// costs 1; a candidate qualifies when its distance is at most a third of the characters involved,
// (len(name) + len(candidate) + 3) * 2 / 6, and the first candidate with the smallest distance wins. A pair
// whose difference (what remains after their common prefix and suffix) is longer than 40 bytes never matches,
// and a list of 750 candidates or more gives no suggestion.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace py {

// The best candidate for `name`, or empty when none is close enough. `name` itself is never suggested.
std::string closest_name(std::string_view name, const std::vector<std::string_view>& candidates);

}  // namespace py
