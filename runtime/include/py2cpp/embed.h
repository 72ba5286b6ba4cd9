// Runtime — calling compiled Python from C++ (the headers py2cpp_add_library generates use this).
//
//     #include "geometry.h"                      // generated from geometry.py
//     double a = geometry::area(2.0, 3.5);       // annotated `def area(w: float, h: float) -> float`
//     py2cpp::Object p = geometry::Point(1, 2);  // a class: its instance
//     std::string s = p.call("describe").as<std::string>();
//
// py2cpp::Object holds any Python value; it converts from and to std::int64_t, double, bool, std::string,
// std::vector and std::map (recursively), and `as<T>()` raises py2cpp::Error (TypeError) when the value is not a
// T. A Python exception that leaves Python code arrives as py2cpp::Error, carrying the exception's type name,
// its message (str(exc)) and the exception object. A module runs its body at the first call into it.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "py2cpp/modules.h"
#include "py2cpp/value.h"

namespace py2cpp {

class Object;

// A Python exception seen from C++.
class Error : public std::runtime_error {
public:
    Error(std::string type, std::string message, py::Value exception);
    const std::string& type() const { return type_; }        // "ValueError"
    const std::string& message() const { return message_; }  // str(exc)
    const py::Value& exception() const { return exception_; }

private:
    std::string type_, message_;
    py::Value exception_;
};

class Object {
public:
    Object();  // None
    Object(py::Value v) : value_(std::move(v)) {}
    Object(std::int64_t i);
    Object(int i) : Object(static_cast<std::int64_t>(i)) {}
    Object(long long i) : Object(static_cast<std::int64_t>(i)) {}
    Object(double d);
    Object(bool b);
    Object(const char* s);
    Object(const std::string& s);
    template <class T>
    Object(const std::vector<T>& items) {
        std::vector<Object> converted(items.begin(), items.end());
        *this = list(converted);
    }
    template <class K, class V>
    Object(const std::map<K, V>& items) {
        std::vector<std::pair<Object, Object>> converted;
        for (const auto& [k, v] : items) converted.emplace_back(Object(k), Object(v));
        *this = dict(converted);
    }

    // The value as a T: std::int64_t, double (an int too), bool, std::string, std::vector<U>, std::map<K, V>
    // (from a list or tuple, a dict), or Object.
    template <class T>
    T as() const;

    Object attr(const char* name) const;                                           // obj.name
    Object call(const char* method, std::initializer_list<Object> args = {}) const;  // obj.method(args)
    Object operator()(std::initializer_list<Object> args = {}) const;              // obj(args)
    std::string repr() const;
    std::string str() const;
    bool is_none() const;
    const py::Value& value() const { return value_; }

private:
    static Object list(const std::vector<Object>& items);
    static Object dict(const std::vector<std::pair<Object, Object>>& items);
    std::vector<Object> items() const;  // of a list or tuple; TypeError otherwise
    std::vector<std::pair<Object, Object>> dict_items() const;
    std::int64_t to_int() const;
    double to_double() const;
    bool to_bool() const;
    std::string to_string() const;
    py::Value value_;

    template <class T>
    struct Converter;
};

// `module.function(args)`, the module imported first (its body runs at its first import).
Object call(py::ModuleDef& module, const char* function, std::initializer_list<Object> args);
// The module object, imported.
Object import(py::ModuleDef& module);

// ---- as<T>: the scalars convert out of line; containers item by item.
template <class T>
struct Object::Converter {
    static_assert(sizeof(T) == 0,
                  "py2cpp::Object converts to std::int64_t, double, bool, std::string, std::vector, std::map or Object");
};
template <>
struct Object::Converter<std::int64_t> {
    static std::int64_t convert(const Object& o) { return o.to_int(); }
};
template <>
struct Object::Converter<double> {
    static double convert(const Object& o) { return o.to_double(); }
};
template <>
struct Object::Converter<bool> {
    static bool convert(const Object& o) { return o.to_bool(); }
};
template <>
struct Object::Converter<std::string> {
    static std::string convert(const Object& o) { return o.to_string(); }
};
template <>
struct Object::Converter<Object> {
    static Object convert(const Object& o) { return o; }
};
template <class T>
struct Object::Converter<std::vector<T>> {
    static std::vector<T> convert(const Object& o) {
        std::vector<T> out;
        for (const Object& item : o.items()) out.push_back(Converter<T>::convert(item));
        return out;
    }
};
template <class K, class V>
struct Object::Converter<std::map<K, V>> {
    static std::map<K, V> convert(const Object& o) {
        std::map<K, V> out;
        for (const auto& [k, v] : o.dict_items()) out.emplace(Converter<K>::convert(k), Converter<V>::convert(v));
        return out;
    }
};

template <class T>
T Object::as() const {
    return Converter<T>::convert(*this);
}

}  // namespace py2cpp
