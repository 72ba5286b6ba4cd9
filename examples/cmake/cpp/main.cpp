// The C++ half of the CMake example: calls the compiled Python module geometry (geometry/geometry.py).
// cpp/expected.py prints the same lines with python3, which the test compares with.
#include <iostream>

#include "geometry.h"

int main() {
    std::cout << "circle " << py2cpp::Object(geometry::circle_area(1.5)).repr() << '\n';
    for (std::int64_t v : geometry::scaled({1, 2, 3})) std::cout << v << ' ';
    for (std::int64_t v : geometry::scaled({1, 2, 3}, 10)) std::cout << v << ' ';
    std::cout << '\n';
    for (const auto& [word, length] : geometry::word_lengths({"tree", "fig", "banana"}))
        std::cout << word << '=' << length << ' ';
    std::cout << '\n';

    py2cpp::Object rect = geometry::Rect(3, 4);
    std::cout << rect.call("describe").as<std::string>() << " area " << rect.call("area").as<std::int64_t>() << '\n';
    std::cout << geometry::Rect(5).call("describe").str() << '\n';

    try {
        geometry::checked_sqrt(-4.0);
    } catch (const py2cpp::Error& e) {
        std::cout << "caught " << e.type() << ": " << e.message() << '\n';
    }
    return 0;
}
