// Runtime — calling compiled Python from C++ (see py2cpp/embed.h).
#include "py2cpp/embed.h"

#include "internal.h"

namespace py2cpp {

namespace {

// Runs `body` (Python code) and turns a Python exception that leaves it into py2cpp::Error.
template <class F>
auto guarded(F&& body) -> decltype(body()) {
    try {
        return body();
    } catch (py::PyException& e) {
        py::Type* type = e.value.obj()->type;
        std::string name = type->heap ? static_cast<py::ClassObject*>(type)->qualname : std::string(type->name);
        throw Error(name, py::to_str(e.value), e.value);
    }
}

[[noreturn]] void conversion_error(const py::Value& v, const char* wanted) {
    guarded([&]() -> int { py::raise(&py::TypeError, std::string("expected ") + wanted + ", got " + py::type_name(v)); });
    throw;  // unreachable: guarded() has thrown Error
}

}  // namespace

Error::Error(std::string type, std::string message, py::Value exception)
    : std::runtime_error(message.empty() ? type : type + ": " + message),
      type_(std::move(type)),
      message_(std::move(message)),
      exception_(std::move(exception)) {}

Object::Object() : value_(py::Value::none()) {}
Object::Object(std::int64_t i) : value_(py::Value::integer(i)) {}
Object::Object(double d) : value_(py::Value::floating(d)) {}
Object::Object(bool b) : value_(py::Value::boolean(b)) {}
Object::Object(const char* s) : value_(py::new_str(s)) {}
Object::Object(const std::string& s) : value_(py::new_str(s)) {}

Object Object::list(const std::vector<Object>& items) {
    std::vector<py::Value> values;
    for (const Object& o : items) values.push_back(o.value_);
    return Object(py::Value::object(new py::List(std::move(values))));
}

Object Object::dict(const std::vector<std::pair<Object, Object>>& items) {
    return guarded([&] {
        auto* d = new py::Dict();
        py::Value result = py::Value::object(d);
        for (const auto& [k, v] : items) d->set(k.value_, v.value_);  // a key's hash may raise
        return Object(result);
    });
}

std::vector<Object> Object::items() const {
    std::vector<Object> out;
    if (py::has_type(value_, &py::list_type)) {
        for (const py::Value& v : py::as<py::List>(value_).items) out.emplace_back(v);
    } else if (py::has_type(value_, &py::tuple_type)) {
        for (const py::Value& v : py::as<py::Tuple>(value_).items()) out.emplace_back(v);
    } else {
        conversion_error(value_, "a list or tuple");
    }
    return out;
}

std::vector<std::pair<Object, Object>> Object::dict_items() const {
    if (!value_.is_obj() || !value_.obj()->type->is_subtype_of(&py::dict_type)) conversion_error(value_, "a dict");
    std::vector<std::pair<Object, Object>> out;
    for (const auto& e : py::as<py::Dict>(value_).entries)
        if (e.key.is_bound()) out.emplace_back(Object(e.key), Object(e.value));
    return out;
}

std::int64_t Object::to_int() const {
    if (value_.is_small_intlike()) return value_.as_small();
    if (py::is_bigint(value_))
        guarded([&]() -> int { py::raise(&py::OverflowError, "Python int too large to convert to C int64_t"); });
    conversion_error(value_, "an int");
}

double Object::to_double() const {
    if (value_.is_float()) return value_.as_float();
    if (py::is_intlike(value_)) return guarded([&] { return py::real_value(value_); });
    conversion_error(value_, "a float");
}

bool Object::to_bool() const {
    if (value_.is_bool()) return value_.as_bool();
    conversion_error(value_, "a bool");
}

std::string Object::to_string() const {
    if (py::is_str(value_)) return std::string(py::as<py::Str>(value_).text());
    conversion_error(value_, "a str");
}

Object Object::attr(const char* name) const {
    return guarded([&] { return Object(py::getattr(value_, py::new_str(name))); });
}

Object Object::call(const char* method, std::initializer_list<Object> args) const {
    return guarded([&] {
        std::vector<py::Value> values;
        for (const Object& a : args) values.push_back(a.value_);
        py::Value bound = py::getattr(value_, py::new_str(method));
        return Object(py::call_n(bound, values.data(), values.size()));
    });
}

Object Object::operator()(std::initializer_list<Object> args) const {
    return guarded([&] {
        std::vector<py::Value> values;
        for (const Object& a : args) values.push_back(a.value_);
        return Object(py::call_n(value_, values.data(), values.size()));
    });
}

std::string Object::repr() const {
    return guarded([&] { return py::repr(value_); });
}

std::string Object::str() const {
    return guarded([&] { return py::to_str(value_); });
}

bool Object::is_none() const { return value_.is_none(); }

Object import(py::ModuleDef& module) {
    Object result = guarded([&] { return Object(py::import_library_module(module)); });
    // Constructed after the import's own statics (sys.modules, the builtins, the module's namespace), so it is
    // destroyed before them when the host program exits: from then on objects are not released.
    struct Finalizing {
        ~Finalizing() { py::g_finalizing = true; }
    };
    static Finalizing finalizing;
    return result;
}

Object call(py::ModuleDef& module, const char* function, std::initializer_list<Object> args) {
    return import(module).call(function, args);
}

}  // namespace py2cpp
