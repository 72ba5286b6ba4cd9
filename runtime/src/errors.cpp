// Runtime — raising exceptions, CPython's traceback for an uncaught one, and the program's entry point.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <unordered_map>
#include <vector>

#include "internal.h"
#include "py2cpp/big_stack.h"
#include "py2cpp/modules.h"
#include "python_names.h"
#include "suggestions.h"

namespace py {

namespace {

ModuleDef* g_main = nullptr;  // the entry script

// The frames from the module down to the raise point, as CPython's traceback lists them.
std::vector<TraceEntry> snapshot() {
    std::vector<TraceEntry> out;
    for (FrameRecord* f = current_frame; f != nullptr; f = f->previous)
        out.push_back({f->function, f->line, f->varnames, f->module});
    std::reverse(out.begin(), out.end());
    return out;
}

// The exceptions being handled, innermost last (CPython's exc_info stack), pushed by py::Handling.
std::vector<Value> g_handled;

// Implicit chaining: the exception being handled becomes the new one's __context__. A link that would close
// a cycle through the old exception's context chain is cut, as CPython's _PyErr_SetObject does.
void set_context(ExceptionObject& exc) {
    if (g_handled.empty()) return;
    const Value& handled = g_handled.back();
    if (handled.obj() == &exc) return;
    for (ExceptionObject* o = &as<ExceptionObject>(handled); o->context.is_bound();
         o = &as<ExceptionObject>(o->context)) {
        if (o->context.obj() == &exc) {
            o->context = Value();
            break;
        }
    }
    exc.context = handled;
}

// (By reference, and nothing to release on the way out: a frame with no cleanup to run costs the unwinder
// less, and a raise crosses this one and its caller twice, once to find the handler and once to leave.)
[[noreturn]] void throw_exception(const Value& exc) {
    auto& obj = as<ExceptionObject>(exc);
    if (obj.traceback.empty()) obj.traceback = snapshot();
    set_context(obj);
    throw PyException{exc};
}

bool is_exception_class(const Value& v) {
    return v.is_obj() && v.obj()->type == &type_type && static_cast<Type*>(v.obj())->is_subtype_of(&BaseException);
}
bool is_exception_instance(const Value& v) { return v.is_obj() && v.obj()->type->is_subtype_of(&BaseException); }

const ModuleDef& module_of(const TraceEntry& entry) { return entry.module != nullptr ? *entry.module : *g_main; }

// Line `line` of the module's source, stripped, as CPython's traceback shows it (read when first needed).
std::string source_line(const ModuleDef& module, int line) {
    static std::unordered_map<const ModuleDef*, std::vector<std::string>> files;
    auto [it, fresh] = files.try_emplace(&module);
    std::vector<std::string>& lines = it->second;
    if (fresh) {
        std::ifstream in(module.path);
        for (std::string l; std::getline(in, l);) lines.push_back(l);
    }
    if (line < 1 || static_cast<std::size_t>(line) > lines.size()) return "";
    std::string l = lines[static_cast<std::size_t>(line) - 1];
    std::size_t a = l.find_first_not_of(" \t\f\r");
    std::size_t b = l.find_last_not_of(" \t\f\r\n");
    return a == std::string::npos ? "" : l.substr(a, b - a + 1);
}

// The name a NameError raised for a missing variable carries (CPython's `NameError.name`); empty otherwise.
std::string missing_name(const Value& exc) {
    if (!exc.obj()->type->is_subtype_of(&NameError)) return {};
    const Value& dict = as<ExceptionObject>(exc).dict;
    if (dict.is_unbound()) return {};
    const Value* name = as<Dict>(dict).find(new_str("name"));
    return name != nullptr && is_str(*name) ? std::string(as<Str>(*name).text()) : std::string();
}

// CPython's suggestion for an uncaught NameError: the closest of the raising frame's local variable names,
// else of the module's globals (a script's initial ones, then those bound now, in definition order), else
// of the builtins.
std::string name_suggestion(const Value& exc) {
    std::string name = missing_name(exc);
    const auto& tb = as<ExceptionObject>(exc).traceback;
    if (name.empty() || tb.empty()) return {};
    auto names_of = [](const char* const* list) {
        std::vector<std::string_view> out;
        for (; list != nullptr && *list != nullptr; ++list) out.push_back(*list);
        return out;
    };
    if (std::string s = closest_name(name, names_of(tb.back().varnames)); !s.empty()) return s;
    std::vector<std::string_view> globals;
    const Value& module = module_of(tb.back()).module;
    if (module.is_bound())
        for (const auto& e : as<Dict>(as<Module>(module).dict).entries)
            if (e.key.is_bound() && is_str(e.key)) globals.push_back(as<Str>(e.key).text());
    if (std::string s = closest_name(name, globals); !s.empty()) return s;
    return closest_name(name, names_of(kBuiltinNames));
}

// One exception's traceback and last line, starting at the frame `first` (1 = the module frame).
void format_exception(std::string& out, const Value& exc, std::size_t first) {
    const auto& all = as<ExceptionObject>(exc).traceback;
    if (!all.empty()) out += "Traceback (most recent call last):\n";  // none for a cause never raised
    std::vector<TraceEntry> tb(all.begin() + static_cast<std::ptrdiff_t>(std::min(first - 1, all.size())), all.end());
    // CPython prints a run of identical frames three times, then "[Previous line repeated N more times]".
    std::size_t i = 0;
    while (i < tb.size()) {
        std::size_t j = i;
        while (j < tb.size() && tb[j].line == tb[i].line && std::strcmp(tb[j].function, tb[i].function) == 0 &&
               &module_of(tb[j]) == &module_of(tb[i]))
            ++j;
        std::size_t run = j - i;
        for (std::size_t k = 0; k < std::min<std::size_t>(run, 3); ++k) {
            const ModuleDef& module = module_of(tb[i]);
            out += "  File \"" + module.path + "\", line " + std::to_string(tb[i].line) + ", in " + tb[i].function + "\n";
            std::string src = source_line(module, tb[i].line);
            if (!src.empty()) out += "    " + src + "\n";
        }
        if (run > 3)
            out += "  [Previous line repeated " + std::to_string(run - 3) + " more time" + (run - 3 > 1 ? "s" : "") + "]\n";
        i = j;
    }
    std::string message = to_str(exc);
    Type* type = exc.obj()->type;
    out += type->heap ? static_cast<ClassObject*>(type)->qualname : std::string(type->name);
    if (!message.empty()) out += ": " + message;
    std::string suggestion = attribute_suggestion(exc);
    if (suggestion.empty()) suggestion = name_suggestion(exc);
    if (!suggestion.empty())
        out += ". Did you mean: '" + suggestion + "'?";
    out += "\n";
}

// CPython's print_exception_recursive: the cause (or, unless suppressed, the context) first, each printed
// once, each traceback from the frame that caught it; then this exception.
void format_chain(std::string& out, const Value& exc, std::size_t first, std::vector<const Object*>& seen) {
    seen.push_back(exc.obj());
    auto& e = as<ExceptionObject>(exc);
    auto unseen = [&](const Value& v) {
        return v.is_bound() && std::find(seen.begin(), seen.end(), v.obj()) == seen.end();
    };
    if (e.cause.is_bound()) {
        if (unseen(e.cause)) {
            format_chain(out, e.cause, as<ExceptionObject>(e.cause).caught_depth, seen);
            out += "\nThe above exception was the direct cause of the following exception:\n\n";
        }
    } else if (!e.suppress_context && unseen(e.context)) {
        format_chain(out, e.context, as<ExceptionObject>(e.context).caught_depth, seen);
        out += "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    format_exception(out, exc, first);
}

void print_traceback(const Value& exc) {
    std::fflush(stdout);
    std::string out;
    std::vector<const Object*> seen;
    format_chain(out, exc, 1, seen);
    std::fwrite(out.data(), 1, out.size(), stderr);
}

}  // namespace

Value make_exception(Type* type, std::string message) {
    return Value::object(new ExceptionObject(type, make_tuple({new_str(std::move(message))})));
}

void raise(Type* type, std::string message) { throw_exception(make_exception(type, std::move(message))); }

namespace {
// What `raise X` raises: an instance as is, a class called with no arguments (a class's __init__ runs).
Value exception_instance(const Value& exc) {
    if (is_exception_class(exc)) {
        Value instance = call_n(exc, nullptr, 0);
        if (!is_exception_instance(instance))
            raise(&TypeError, std::string("calling ") + repr(exc) +
                                  " should have returned an instance of BaseException, not " + type_name(instance));
        return instance;
    }
    if (is_exception_instance(exc)) return exc;
    raise(&TypeError, "exceptions must derive from BaseException");
}
}  // namespace

void raise_value(const Value& exc) {
    if (is_exception_instance(exc)) throw_exception(exc);  // `raise E(...)`: no temporary to release here
    throw_exception(exception_instance(exc));
}

void raise_from(std::initializer_list<Ref> operands) {
    OperandArray exc_and_cause(operands);  // making the exception may run a class's __init__
    Value exc = exception_instance(exc_and_cause[0]);
    const Value& cause = exc_and_cause[1];
    Value fixed;
    if (is_exception_class(cause))
        fixed = call_n(cause, nullptr, 0);
    else if (is_exception_instance(cause))
        fixed = cause;
    else if (!cause.is_none())
        raise(&TypeError, "exception causes must derive from BaseException");
    auto& e = as<ExceptionObject>(exc);
    e.cause = std::move(fixed);
    e.suppress_context = true;
    throw_exception(std::move(exc));
}

Handling::Handling(const PyException& e) : pushed_(e.value.obj()) {
    as<ExceptionObject>(e.value).caught_depth = static_cast<std::size_t>(frame_depth);
    g_handled.push_back(e.value);
}

Handling::Handling(const std::exception_ptr& pending) {
    if (!pending) return;
    try {
        std::rethrow_exception(pending);
    } catch (const PyException& e) {
        as<ExceptionObject>(e.value).caught_depth = static_cast<std::size_t>(frame_depth);
        g_handled.push_back(e.value);
        pushed_ = e.value.obj();
    } catch (...) {
    }
}

Handling::~Handling() {
    if (!pushed_) return;
    // Normally the innermost; a generator suspended inside a handler can end out of order, so search.
    for (auto it = g_handled.end(); it != g_handled.begin();) {
        --it;
        if (it->obj() == pushed_) {
            g_handled.erase(it);
            return;
        }
    }
}

// SystemExit(...).code: None without arguments, the argument, or the tuple of several (an assigned `code`
// lives in the instance dict and wins, as CPython's member does).
Value system_exit_code(const Value& exc) {
    const auto& e = as<ExceptionObject>(exc);
    if (e.dict.is_bound())
        if (Value* assigned = as<Dict>(e.dict).find(new_str("code"))) return *assigned;
    auto args = as<Tuple>(e.args).items();
    if (args.empty()) return Value::none();
    return args.size() == 1 ? args[0] : e.args;
}

Value exception_attribute(const Value& exc, const char* name) {
    if (is_exception_instance(exc)) {
        auto& e = as<ExceptionObject>(exc);
        std::string_view n = name;
        if (n == "args") return e.args;
        if (n == "__cause__") return e.cause.is_bound() ? e.cause : Value::none();
        if (n == "__context__") return e.context.is_bound() ? e.context : Value::none();
        if (n == "__suppress_context__") return Value::boolean(e.suppress_context);
    }
    raise(&AttributeError, std::string("'") + type_name(exc) + "' object has no attribute '" + name + "'");
}

bool set_exception_attribute(const Value& exc, std::string_view name, const Value& value) {
    auto& e = as<ExceptionObject>(exc);
    if (name == "__cause__" || name == "__context__") {
        if (!value.is_none() && !is_exception_instance(value))
            raise(&TypeError, std::string("exception ") + (name == "__cause__" ? "cause" : "context") +
                                  " must be None or derive from BaseException");
        Value v = value.is_none() ? Value() : value;
        if (name == "__cause__") {
            e.cause = v;
            e.suppress_context = true;
        } else {
            e.context = v;
        }
        return true;
    }
    if (name == "__suppress_context__") {
        e.suppress_context = truthy(value);
        return true;
    }
    return false;
}

void reraise() {
    if (std::current_exception()) throw;
    raise(&RuntimeError, "No active exception to reraise");
}

void raise_recursion_error() { raise(&RecursionError, "maximum recursion depth exceeded"); }

void raise_assertion(const Value* message) {
    if (message == nullptr) throw_exception(Value::object(new ExceptionObject(&AssertionError, make_tuple({}))));
    throw_exception(Value::object(new ExceptionObject(&AssertionError, make_tuple({*message}))));
}

void raise_with_name(Type* type, std::string message, std::string_view name) {
    Value exc = make_exception(type, std::move(message));
    auto& obj = as<ExceptionObject>(exc);
    if (obj.dict.is_unbound()) obj.dict = Value::object(new Dict());
    as<Dict>(obj.dict).set(new_str("name"), new_str(std::string(name)));
    throw_exception(std::move(exc));
}

namespace {

// A NameError for the variable `name`, which it carries as its `name` attribute, as CPython's does.
[[noreturn]] void raise_name_error(std::string_view name, std::string message) {
    raise_with_name(&NameError, std::move(message), name);
}

}  // namespace

Value name_error(std::string_view name) { raise_name_error(name, "name '" + std::string(name) + "' is not defined"); }

void unbound_local(const char* name) {
    raise(&UnboundLocalError,
          std::string("cannot access local variable '") + name + "' where it is not associated with a value");
}

void unbound_free(const char* name) {
    raise_name_error(name, std::string("cannot access free variable '") + name +
                               "' where it is not associated with a value in enclosing scope");
}

bool exception_matches(const PyException& e, const Value& type_or_tuple) {
    return exception_matches(e.value, type_or_tuple);
}

bool exception_matches(const Value& exc, const Value& type_or_tuple) {
    if (type_or_tuple.is_obj() && type_or_tuple.obj()->type == &tuple_type) {
        for (const Value& t : as<Tuple>(type_or_tuple).items())
            if (exception_matches(exc, t)) return true;
        return false;
    }
    if (!(type_or_tuple.is_obj() && type_or_tuple.obj()->type == &type_type &&
          static_cast<Type*>(type_or_tuple.obj())->is_subtype_of(&BaseException)))
        raise(&TypeError, "catching classes that do not inherit from BaseException is not allowed");
    return exc.obj()->type->is_subtype_of(static_cast<Type*>(type_or_tuple.obj()));
}

namespace {

// Ends the process with `status` once stdout and stderr are flushed. Static destructors are skipped on
// purpose: module globals and constants are statics that refer to each other and to the builtin types,
// and C++ destroys statics in an order Python never would (an object could be released after its type).
// Nothing observable is lost: the slice runs no __del__ or atexit handlers.
[[noreturn]] void finish(int status) {
    std::fflush(nullptr);
    std::_Exit(status);
}

// CPython frees the module's globals in order when the interpreter finalizes; dropping a paused generator
// closes it. Only globals that hold a generator are released: releasing everything would run destructor
// chains whose depth a deeply nested structure could turn into a stack overflow.
void release_generators() {
    if (g_main == nullptr || g_main->module.is_unbound()) return;
    Dict& globals = as<Dict>(as<Module>(g_main->module).dict);
    for (std::size_t i = 0; i < globals.entries.size(); ++i) {
        Value& v = globals.entries[i].value;
        if (v.is_obj() && v.obj()->type == &generator_type) {
            Value dropped = std::move(v);
            v = Value::none();
        }
    }
}

// The module body and CPython's ending: SystemExit's status or message, else the traceback and status 1.
int run_module(ModuleDef& main) {
    try {
        start_main_module(main);
        main.body();
    } catch (PyException& e) {
        if (e.value.obj()->type->is_subtype_of(&SystemExit)) {
            release_generators();
            std::fflush(stdout);
            Value code = system_exit_code(e.value);
            if (code.is_none()) finish(0);
            if (code.is_small_intlike()) finish(static_cast<int>(code.as_small() & 0xff));
            std::string msg = to_str(code) + "\n";
            std::fwrite(msg.data(), 1, msg.size(), stderr);
            finish(1);
        }
        print_traceback(e.value);
        release_generators();
        finish(1);
    }
    release_generators();
    finish(0);
}

}  // namespace

int run_main(int argc, char** argv, ModuleDef& main) {
    set_program_arguments(main.file, argc, argv);
    g_main = &main;
    // CPython names the script by cwd + "/" + path as given, unnormalized, when the path is relative; the
    // script's directory is where the program's other modules are (sys.path[0]).
    main.path = main.file[0] == '/' ? std::string(main.file) : std::filesystem::current_path().string() + "/" + main.file;
    register_program(main);
    static char buffer[1 << 16];
    std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);  // like CPython writing to a pipe
    return run_with_big_stack([&] { return run_module(main); });
}

}  // namespace py
