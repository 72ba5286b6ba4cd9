// Runtime — calls, subscripts, iteration, the methods of the builtin types and the builtins module.
#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "internal.h"

namespace py {

namespace {

struct SliceObject : Object {
    Value lower, upper, step;
    SliceObject(Value l, Value u, Value s);
};
Type slice_type("slice", &object_type, nullptr);
SliceObject::SliceObject(Value l, Value u, Value s)
    : Object(&slice_type), lower(std::move(l)), upper(std::move(u)), step(std::move(s)) {}

bool has_type(const Value& v, const Type* t) { return v.is_obj() && v.obj()->type == t; }

std::vector<Value> collect(const Value& iterable) {
    std::vector<Value> out;
    ForIter it(iterable);
    for (Value x; it.next(x);) out.push_back(x);
    return out;
}

[[noreturn]] void arg_count(const char* name, const char* expected, std::size_t got) {
    raise(&TypeError, std::string(name) + "() takes " + expected + " (" + std::to_string(got) + " given)");
}

// Python's slice.indices(length) (PySlice_AdjustIndices); returns the number of selected items.
std::int64_t slice_indices(const SliceObject& s, std::int64_t length, std::int64_t& start, std::int64_t& stop,
                           std::int64_t& step) {
    step = s.step.is_none() ? 1 : to_index(s.step, "slice");
    if (step == 0) raise(&ValueError, "slice step cannot be zero");
    auto adjust = [&](const Value& v, std::int64_t fallback) {
        if (v.is_none()) return fallback;
        std::int64_t i = to_index(v, "slice");
        if (i < 0) {
            i += length;
            if (i < 0) i = step < 0 ? -1 : 0;
        } else if (i >= length) {
            i = step < 0 ? length - 1 : length;
        }
        return i;
    };
    start = adjust(s.lower, step < 0 ? length - 1 : 0);
    stop = adjust(s.upper, step < 0 ? -1 : length);
    if (step < 0) return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
    return start < stop ? (stop - start - 1) / step + 1 : 0;
}

// Byte offsets of every code point of a non-ASCII string (plus the end), for indexing by code point.
std::vector<std::size_t> code_point_offsets(const std::string& s) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
    out.push_back(s.size());
    return out;
}

std::int64_t length_of(const Value& v) {
    if (v.is_obj()) {
        Type* t = v.obj()->type;
        if (t == &str_type) return as<Str>(v).size();
        if (t == &bytes_type) return static_cast<std::int64_t>(as<Bytes>(v).data.size());
        if (t == &list_type) return static_cast<std::int64_t>(as<List>(v).items.size());
        if (t == &tuple_type) return static_cast<std::int64_t>(as<Tuple>(v).items.size());
        if (t == &dict_type) return static_cast<std::int64_t>(as<Dict>(v).used);
        if (t == &range_type) return as<Range>(v).size();
        if (t == &set_type || t == &frozenset_type) return static_cast<std::int64_t>(as<Set>(v).used);
        if (t == &dict_keys_type || t == &dict_values_type || t == &dict_items_type)
            return static_cast<std::int64_t>(as<Dict>(as<DictView>(v).dict).used);
    }
    raise(&TypeError, std::string("object of type '") + type_name(v) + "' has no len()");
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------
// Building values

Value make_list(std::initializer_list<Value> items) { return Value::object(new List(std::vector<Value>(items))); }
Value make_tuple(std::initializer_list<Value> items) { return Value::object(new Tuple(std::vector<Value>(items))); }
Value make_dict(std::initializer_list<Value> keys_and_values) {
    auto* d = new Dict();
    Value result = Value::object(d);
    for (const Value* p = keys_and_values.begin(); p != keys_and_values.end(); p += 2) d->set(p[0], p[1]);
    return result;
}
Value make_function(Code code, const CodeInfo* info, std::initializer_list<Value> defaults,
                    std::initializer_list<std::shared_ptr<Cell>> cells) {
    return Value::object(new Function(code, info, std::vector<Value>(defaults),
                                      std::vector<std::shared_ptr<Cell>>(cells)));
}

Value format_value(const Value& v, int conversion) {
    if (conversion == 'r' || conversion == 'a') return new_str(repr(v));
    if (is_str(v)) return v;
    return new_str(to_str(v));
}

Value concat_strs(std::initializer_list<Value> parts) {
    std::string out;
    for (const Value& p : parts) out += as<Str>(p).data;
    return new_str(std::move(out));
}

// ---------------------------------------------------------------------------------------------------------
// Calls

Value call_n(const Value& callee, const Value* args, std::size_t nargs) {
    if (callee.is_obj()) {
        Type* t = callee.obj()->type;
        if (t == &function_type) {
            auto& fn = as<Function>(callee);
            return fn.code(fn, args, nargs);
        }
        if (t == &builtin_function_type) return as<BuiltinFunction>(callee).code(args, nargs);
        if (t == &type_type) {
            Type* type = static_cast<Type*>(callee.obj());
            if (type->ctor != nullptr) return type->ctor(type, args, nargs);
            raise(&TypeError, std::string("cannot create '") + type->name + "' instances");
        }
    }
    raise(&TypeError, std::string("'") + type_name(callee) + "' object is not callable");
}

Value call_kw(std::initializer_list<Value> callee_args_kwvalues, const char* keywords) {
    std::vector<std::string_view> names;
    for (std::string_view rest = keywords; !rest.empty();) {
        std::size_t space = rest.find(' ');
        names.push_back(rest.substr(0, space));
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
    const Value& callee = *callee_args_kwvalues.begin();
    const Value* positional = callee_args_kwvalues.begin() + 1;
    std::size_t npos = callee_args_kwvalues.size() - 1 - names.size();
    const Value* kwvalues = positional + npos;
    if (!has_type(callee, &function_type)) {
        if (has_type(callee, &type_type) || has_type(callee, &builtin_function_type))
            raise(&NotImplementedError, std::string("py2cpp: keyword arguments to '") +
                                            (has_type(callee, &type_type) ? static_cast<Type*>(callee.obj())->name
                                                                          : as<BuiltinFunction>(callee).name) +
                                            "' are not supported yet");
        raise(&TypeError, std::string("'") + type_name(callee) + "' object is not callable");
    }
    auto& fn = as<Function>(callee);
    const CodeInfo& info = *fn.info;
    if (npos > info.nparams) fn.arity_error(npos);
    // Bind as CPython does: positionals first, then each keyword to its parameter, then the defaults.
    std::vector<Value> bound(positional, positional + npos);
    bound.resize(info.nparams);
    for (std::size_t k = 0; k < names.size(); ++k) {
        std::size_t i = 0;
        while (i < info.nparams && names[k] != info.param_names[i]) ++i;
        if (i == info.nparams)
            raise(&TypeError, std::string(info.name) + "() got an unexpected keyword argument '" +
                                  std::string(names[k]) + "'");
        if (bound[i].is_bound())
            raise(&TypeError, std::string(info.name) + "() got multiple values for argument '" + std::string(names[k]) + "'");
        bound[i] = kwvalues[k];
    }
    std::size_t first_default = info.nparams - fn.defaults.size();
    std::vector<std::size_t> missing;
    for (std::size_t i = 0; i < info.nparams; ++i) {
        if (bound[i].is_bound()) continue;
        if (i >= first_default)
            bound[i] = fn.defaults[i - first_default];
        else
            missing.push_back(i);
    }
    if (!missing.empty()) fn.missing_error(missing);
    return fn.code(fn, bound.data(), bound.size());
}

// ---------------------------------------------------------------------------------------------------------
// Subscripts

Value getitem(const Two& v) {
    const Value& obj = v.a;
    const Value& key = v.b;
    if (!obj.is_obj()) raise(&TypeError, std::string("'") + type_name(obj) + "' object is not subscriptable");
    Type* t = obj.obj()->type;
    if (t == &dict_type) {
        if (Value* found = as<Dict>(obj).find(key)) return *found;
        raise_value(Value::object(new ExceptionObject(&KeyError, make_tuple({key}))));
    }
    if (t == &bytes_type) {
        if (has_type(key, &slice_type)) {
            const std::string& s = as<Bytes>(obj).data;
            std::int64_t start, stop, step;
            std::int64_t count = slice_indices(as<SliceObject>(key), static_cast<std::int64_t>(s.size()), start, stop, step);
            std::string out;
            for (std::int64_t k = 0, i = start; k < count; ++k, i += step) out += s[static_cast<std::size_t>(i)];
            return new_bytes(std::move(out));
        }
        if (!is_intlike(key)) raise(&TypeError, std::string("byte indices must be integers or slices, not ") + type_name(key));
        return bytes_getitem(obj, to_index(key, "byte"));
    }
    if (t == &list_type || t == &tuple_type || t == &str_type || t == &range_type) {
        const char* what = t == &str_type ? "string" : t->name;
        bool ascii = t != &str_type || as<Str>(obj).is_ascii();
        std::int64_t n = length_of(obj);
        if (has_type(key, &slice_type)) {
            std::int64_t start, stop, step;
            std::int64_t count = slice_indices(as<SliceObject>(key), n, start, stop, step);
            if (t == &str_type) {
                const std::string& s = as<Str>(obj).data;
                std::string out;
                std::vector<std::size_t> offs = ascii ? std::vector<std::size_t>{} : code_point_offsets(s);
                for (std::int64_t k = 0, i = start; k < count; ++k, i += step) {
                    if (ascii)
                        out += s[static_cast<std::size_t>(i)];
                    else
                        out.append(s, offs[static_cast<std::size_t>(i)],
                                   offs[static_cast<std::size_t>(i) + 1] - offs[static_cast<std::size_t>(i)]);
                }
                return new_str(std::move(out));
            }
            if (t == &range_type) {
                Range& r = as<Range>(obj);
                return Value::object(new Range(r.start + start * r.step, r.start + stop * r.step, r.step * step));
            }
            const auto& items = t == &list_type ? as<List>(obj).items : as<Tuple>(obj).items;
            std::vector<Value> out;
            out.reserve(static_cast<std::size_t>(count));
            for (std::int64_t k = 0, i = start; k < count; ++k, i += step) out.push_back(items[static_cast<std::size_t>(i)]);
            if (t == &list_type) return Value::object(new List(std::move(out)));
            return Value::object(new Tuple(std::move(out)));
        }
        if (!is_intlike(key)) {
            if (t == &range_type) raise(&TypeError, "range indices must be integers or slices, not " + std::string(type_name(key)));
            to_index(key, what);
        }
        std::int64_t i = to_index(key, what);
        if (i < 0) i += n;
        if (i < 0 || i >= n) {
            const char* name = t == &str_type ? "string" : (t == &range_type ? "range object" : t->name);
            raise(&IndexError, std::string(name) + " index out of range");
        }
        if (t == &list_type) return as<List>(obj).items[static_cast<std::size_t>(i)];
        if (t == &tuple_type) return as<Tuple>(obj).items[static_cast<std::size_t>(i)];
        if (t == &range_type) return Value::integer(as<Range>(obj).start + i * as<Range>(obj).step);
        const std::string& s = as<Str>(obj).data;
        if (ascii) return new_str(std::string(1, s[static_cast<std::size_t>(i)]));
        return str_char(s, i);
    }
    raise(&TypeError, std::string("'") + t->name + "' object is not subscriptable");
}

void setitem(std::initializer_list<Value> obj_index_value) {
    const Value& obj = obj_index_value.begin()[0];
    const Value& key = obj_index_value.begin()[1];
    const Value& value = obj_index_value.begin()[2];
    if (has_type(obj, &dict_type)) {
        as<Dict>(obj).set(key, value);
        return;
    }
    if (has_type(obj, &list_type)) {
        auto& items = as<List>(obj).items;
        if (has_type(key, &slice_type)) {
            std::int64_t start, stop, step;
            std::int64_t count =
                slice_indices(as<SliceObject>(key), static_cast<std::int64_t>(items.size()), start, stop, step);
            bool iterable = value.is_obj() && (value.obj()->type->iterator || value.obj()->type == &list_type ||
                                               value.obj()->type == &tuple_type || value.obj()->type == &str_type ||
                                               value.obj()->type == &dict_type || value.obj()->type == &range_type);
            if (!iterable) raise(&TypeError, "can only assign an iterable");
            std::vector<Value> repl = collect(value);
            if (step != 1) {
                if (static_cast<std::int64_t>(repl.size()) != count)
                    raise(&ValueError, "attempt to assign sequence of size " + std::to_string(repl.size()) +
                                           " to extended slice of size " + std::to_string(count));
                for (std::int64_t k = 0, i = start; k < count; ++k, i += step)
                    items[static_cast<std::size_t>(i)] = std::move(repl[static_cast<std::size_t>(k)]);
                return;
            }
            if (stop < start) stop = start;
            items.erase(items.begin() + start, items.begin() + stop);
            items.insert(items.begin() + start, repl.begin(), repl.end());
            return;
        }
        std::int64_t i = to_index(key, "list");
        std::int64_t n = static_cast<std::int64_t>(items.size());
        if (i < 0) i += n;
        if (i < 0 || i >= n) raise(&IndexError, "list assignment index out of range");
        items[static_cast<std::size_t>(i)] = value;
        return;
    }
    raise(&TypeError, std::string("'") + type_name(obj) + "' object does not support item assignment");
}

Value make_slice(std::initializer_list<Value> lower_upper_step) {
    const Value* p = lower_upper_step.begin();
    return Value::object(new SliceObject(p[0], p[1], p[2]));
}

void unpack(const Value& v, Value* out, std::size_t n) {
    std::vector<Value> items;
    if (has_type(v, &tuple_type))
        items = as<Tuple>(v).items;
    else if (has_type(v, &list_type))
        items = as<List>(v).items;
    else if (is_type(v, &int_type) || v.is_float() || v.is_none())
        raise(&TypeError, std::string("cannot unpack non-iterable ") + type_name(v) + " object");
    else
        items = collect(v);
    if (items.size() > n)
        raise(&ValueError, "too many values to unpack (expected " + std::to_string(n) + ")");
    if (items.size() < n)
        raise(&ValueError, "not enough values to unpack (expected " + std::to_string(n) + ", got " +
                               std::to_string(items.size()) + ")");
    for (std::size_t i = 0; i < n; ++i) out[i] = std::move(items[i]);
}

void delitem(const Two& v) {
    const Value& obj = v.a;
    const Value& key = v.b;
    if (has_type(obj, &dict_type)) {
        if (!as<Dict>(obj).erase(key)) raise_value(Value::object(new ExceptionObject(&KeyError, make_tuple({key}))));
        return;
    }
    if (has_type(obj, &list_type)) {
        auto& items = as<List>(obj).items;
        std::int64_t n = static_cast<std::int64_t>(items.size());
        if (has_type(key, &slice_type)) {
            std::int64_t start, stop, step;
            std::int64_t count = slice_indices(as<SliceObject>(key), n, start, stop, step);
            std::vector<bool> drop(items.size(), false);
            for (std::int64_t k = 0, i = start; k < count; ++k, i += step) drop[static_cast<std::size_t>(i)] = true;
            std::vector<Value> kept;
            for (std::size_t i = 0; i < items.size(); ++i)
                if (!drop[i]) kept.push_back(std::move(items[i]));
            items = std::move(kept);
            return;
        }
        std::int64_t i = to_index(key, "list");
        if (i < 0) i += n;
        if (i < 0 || i >= n) raise(&IndexError, "list assignment index out of range");
        items.erase(items.begin() + i);
        return;
    }
    raise(&TypeError, std::string("'") + type_name(obj) + "' object doesn't support item deletion");
}

// ---------------------------------------------------------------------------------------------------------
// Iteration

ForIter::ForIter(const Value& iterable) : obj_(iterable) {
    if (iterable.is_obj()) {
        Type* t = iterable.obj()->type;
        if (t == &range_type) {
            Range& r = as<Range>(iterable);
            kind_ = Kind::Range;
            cur_ = r.start;
            stop_ = r.stop;
            step_ = r.step;
            return;
        }
        if (t == &list_type) {
            items_ = &as<List>(iterable).items;
            return;
        }
        if (t == &tuple_type) {
            items_ = &as<Tuple>(iterable).items;
            return;
        }
        if (t == &str_type) {
            kind_ = Kind::Str;
            return;
        }
        if (t->iterator) {
            kind_ = Kind::Iter;
            return;
        }
        if (t == &bytes_type) {
            kind_ = Kind::Bytes;
            return;
        }
        if (t == &set_type || t == &frozenset_type) {
            kind_ = Kind::Set;
            expected_ = as<Set>(iterable).used;
            return;
        }
        if (t == &dict_type || t == &dict_keys_type || t == &dict_values_type || t == &dict_items_type) {
            kind_ = Kind::Dict;
            if (t != &dict_type) obj_ = as<DictView>(iterable).dict;
            view_ = t == &dict_values_type ? 1 : (t == &dict_items_type ? 2 : 0);
            expected_ = as<Dict>(obj_).used;
            return;
        }
    }
    raise(&TypeError, std::string("'") + type_name(iterable) + "' object is not iterable");
}

bool ForIter::next_slow(Value& out) {
    if (kind_ == Kind::Iter) return static_cast<Iterator*>(obj_.obj())->next(out);
    if (kind_ == Kind::Str) {
        const std::string& s = as<Str>(obj_).data;
        if (index_ >= s.size()) return false;
        std::size_t j = index_ + 1;
        while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
        out = new_str(s.substr(index_, j - index_));
        index_ = j;
        return true;
    }
    if (kind_ == Kind::Bytes) {
        const std::string& s = as<Bytes>(obj_).data;
        if (index_ >= s.size()) return false;
        out = Value::integer(static_cast<unsigned char>(s[index_++]));
        return true;
    }
    if (kind_ == Kind::Set) {
        Set& s = as<Set>(obj_);
        if (s.used != expected_) {
            expected_ = s.used;
            raise(&RuntimeError, "Set changed size during iteration");
        }
        while (index_ < s.table.size() && s.table[index_].key.is_unbound()) ++index_;
        if (index_ >= s.table.size()) return false;
        out = s.table[index_++].key;
        return true;
    }
    Dict& d = as<Dict>(obj_);
    if (d.used != expected_) {
        expected_ = d.used;  // CPython reports once, then the iterator is exhausted
        raise(&RuntimeError, "dictionary changed size during iteration");
    }
    while (index_ < d.entries.size() && d.entries[index_].key.is_unbound()) ++index_;
    if (index_ >= d.entries.size()) return false;
    auto& e = d.entries[index_++];
    if (view_ == 0)
        out = e.key;
    else if (view_ == 1)
        out = e.value;
    else
        out = make_tuple({e.key, e.value});
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// print

Value print(std::initializer_list<Value> values, std::size_t nargs, const char* keywords) {
    const Value* sep = nullptr;
    const Value* end = nullptr;
    for (std::size_t k = 0; keywords[k] != '\0'; ++k) {
        const Value* v = values.begin() + nargs + k;
        if (keywords[k] == 's') sep = v;
        if (keywords[k] == 'e') end = v;
    }
    auto text_of = [](const Value* v, const char* name, const char* fallback) -> std::string {
        if (v == nullptr || v->is_none()) return fallback;
        if (!is_str(*v))
            raise(&TypeError, std::string(name) + " must be None or a string, not " + type_name(*v));
        return as<Str>(*v).data;
    };
    std::string s = text_of(sep, "sep", " ");
    std::string e = text_of(end, "end", "\n");
    std::string out;
    for (std::size_t i = 0; i < nargs; ++i) {
        if (i > 0) out += s;
        const Value& a = values.begin()[i];
        if (is_str(a))
            out += as<Str>(a).data;
        else
            out += to_str(a);
    }
    out += e;
    std::fwrite(out.data(), 1, out.size(), stdout);
    return Value::none();
}

// ---------------------------------------------------------------------------------------------------------
// Constructors (what calling a builtin type does)

Value construct_int(Type*, const Value* args, std::size_t n) {
    if (n == 0) return Value::integer(0);
    if (n > 2) raise(&TypeError, "int() takes at most 2 arguments (" + std::to_string(n) + " given)");
    const Value& x = args[0];
    if (n == 2) {
        if (!is_str(x)) raise(&TypeError, "int() can't convert non-string with explicit base");
        if (!args[1].is_small_intlike())
            raise(&TypeError, std::string("'") + type_name(args[1]) + "' object cannot be interpreted as an integer");
        std::int64_t base = args[1].as_small();
        return parse_int(as<Str>(x).data, base < -1 || base > 36 ? -1 : static_cast<int>(base));
    }
    if (x.is_bool()) return Value::integer(x.as_small());
    if (is_intlike(x)) return x;
    if (x.is_float()) return float_to_int(x.as_float());
    if (is_str(x)) return parse_int(as<Str>(x).data, 10);
    raise(&TypeError, std::string("int() argument must be a string, a bytes-like object or a real number, not '") +
                          type_name(x) + "'");
}

Value construct_float(Type*, const Value* args, std::size_t n) {
    if (n == 0) return Value::floating(0.0);
    if (n > 1) arg_count("float", "at most 1 argument", n);
    const Value& x = args[0];
    if (x.is_float()) return x;
    if (is_intlike(x)) return Value::floating(int_to_double(x));
    if (is_str(x)) return parse_float(as<Str>(x).data);
    raise(&TypeError, std::string("float() argument must be a string or a real number, not '") + type_name(x) + "'");
}

Value construct_bool(Type*, const Value* args, std::size_t n) {
    if (n > 1) arg_count("bool", "at most 1 argument", n);
    return Value::boolean(n == 1 && truthy(args[0]));
}

Value construct_str(Type*, const Value* args, std::size_t n) {
    if (n == 0) return new_str("");
    if (n > 1) {
        if (n > 3) raise(&TypeError, "str() takes at most 3 arguments (" + std::to_string(n) + " given)");
        if (!is_bytes(args[0]))
            raise(&TypeError, std::string("decoding to str: need a bytes-like object, ") + type_name(args[0]) + " found");
        bool found;
        return bytes_method(args[0], "decode", args + 1, n - 1, found);
    }
    if (is_str(args[0])) return args[0];
    return new_str(to_str(args[0]));
}

Value construct_list(Type*, const Value* args, std::size_t n) {
    if (n > 1) raise(&TypeError, "list expected at most 1 argument, got " + std::to_string(n));
    if (n == 0) return Value::object(new List());
    return Value::object(new List(collect(args[0])));
}

Value construct_tuple(Type*, const Value* args, std::size_t n) {
    if (n > 1) raise(&TypeError, "tuple expected at most 1 argument, got " + std::to_string(n));
    if (n == 0) return make_tuple({});
    if (has_type(args[0], &tuple_type)) return args[0];
    return Value::object(new Tuple(collect(args[0])));
}

Value construct_dict(Type*, const Value* args, std::size_t n) {
    Value result = Value::object(new Dict());
    if (n > 1) raise(&TypeError, "dict expected at most 1 argument, got " + std::to_string(n));
    if (n == 1) {
        if (has_type(args[0], &dict_type)) {
            for (auto& e : as<Dict>(args[0]).entries)
                if (e.key.is_bound()) as<Dict>(result).set(e.key, e.value);
        } else {
            for (const Value& pair : collect(args[0])) {
                Value kv[2];
                unpack(pair, kv, 2);
                as<Dict>(result).set(kv[0], kv[1]);
            }
        }
    }
    return result;
}

Value construct_range(Type*, const Value* args, std::size_t n) {
    if (n == 0) raise(&TypeError, "range expected at least 1 argument, got 0");
    if (n > 3) raise(&TypeError, "range expected at most 3 arguments, got " + std::to_string(n));
    std::int64_t v[3] = {0, 0, 1};
    for (std::size_t i = 0; i < n; ++i) {
        if (!is_intlike(args[i]))
            raise(&TypeError, std::string("'") + type_name(args[i]) + "' object cannot be interpreted as an integer");
        if (!args[i].is_small_intlike())
            raise(&NotImplementedError, "py2cpp: range() beyond 64-bit integers is not supported yet");
        v[i] = args[i].as_small();
    }
    if (n == 1) return Value::object(new Range(0, v[0], 1));
    if (v[2] == 0) raise(&ValueError, "range() arg 3 must not be zero");
    return Value::object(new Range(v[0], v[1], v[2]));
}

Value construct_exception(Type* type, const Value* args, std::size_t n) {
    return Value::object(new ExceptionObject(type, Value::object(new Tuple(std::vector<Value>(args, args + n)))));
}

// ---------------------------------------------------------------------------------------------------------
// Builtin functions

namespace {

Value bi_print(const Value* args, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0) out += ' ';
        out += to_str(args[i]);
    }
    out += '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
    return Value::none();
}

Value bi_len(const Value* args, std::size_t n) {
    if (n != 1) arg_count("len", "exactly one argument", n);
    return Value::integer(length_of(args[0]));
}

Value bi_repr(const Value* args, std::size_t n) {
    if (n != 1) arg_count("repr", "exactly one argument", n);
    return new_str(repr(args[0]));
}

Value bi_abs(const Value* args, std::size_t n) {
    if (n != 1) arg_count("abs", "exactly one argument", n);
    const Value& x = args[0];
    if (x.is_float()) return Value::floating(std::fabs(x.as_float()));
    if (is_intlike(x)) return compare(x, Value::integer(0), CmpOp::Lt) ? neg(x) : pos(x);
    raise(&TypeError, std::string("bad operand type for abs(): '") + type_name(x) + "'");
}

Value min_max(const char* name, const Value* args, std::size_t n, CmpOp better) {
    if (n == 0) raise(&TypeError, std::string(name) + " expected at least 1 argument, got 0");
    std::vector<Value> items = n == 1 ? collect(args[0]) : std::vector<Value>(args, args + n);
    if (items.empty()) raise(&ValueError, std::string(name) + "() arg is an empty sequence");
    Value best = items[0];
    for (std::size_t i = 1; i < items.size(); ++i)
        if (compare(items[i], best, better)) best = items[i];
    return best;
}
Value bi_min(const Value* args, std::size_t n) { return min_max("min", args, n, CmpOp::Lt); }
Value bi_max(const Value* args, std::size_t n) { return min_max("max", args, n, CmpOp::Gt); }

Value bi_sum(const Value* args, std::size_t n) {
    if (n == 0 || n > 2) raise(&TypeError, "sum() takes at least 1 positional argument (0 given)");
    Value total = n == 2 ? args[1] : Value::integer(0);
    if (is_str(total)) raise(&TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    ForIter it(args[0]);
    for (Value x; it.next(x);) total = add({total, x});
    return total;
}

Value bi_isinstance(const Value* args, std::size_t n) {
    if (n != 2) raise(&TypeError, "isinstance expected 2 arguments, got " + std::to_string(n));
    auto check = [&](const Value& t) {
        if (!has_type(t, &type_type))
            raise(&TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        return type_of(args[0])->is_subtype_of(static_cast<Type*>(t.obj()));
    };
    if (has_type(args[1], &tuple_type)) {
        for (const Value& t : as<Tuple>(args[1]).items)
            if (check(t)) return Value::boolean(true);
        return Value::boolean(false);
    }
    return Value::boolean(check(args[1]));
}

Value bi_ord(const Value* args, std::size_t n) {
    if (n != 1) arg_count("ord", "exactly one argument", n);
    if (!is_str(args[0]))
        raise(&TypeError, std::string("ord() expected string of length 1, but ") + type_name(args[0]) + " found");
    Str& s = as<Str>(args[0]);
    if (s.size() != 1)
        raise(&TypeError, "ord() expected a character, but string of length " + std::to_string(s.size()) + " found");
    const auto* p = reinterpret_cast<const unsigned char*>(s.data.data());
    std::int64_t cp = p[0];
    if (cp >= 0xF0)
        cp = ((cp & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    else if (cp >= 0xE0)
        cp = ((cp & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    else if (cp >= 0xC0)
        cp = ((cp & 0x1F) << 6) | (p[1] & 0x3F);
    return Value::integer(cp);
}

Value bi_chr(const Value* args, std::size_t n) {
    if (n != 1) arg_count("chr", "exactly one argument", n);
    if (!is_intlike(args[0]))
        raise(&TypeError, std::string("'") + type_name(args[0]) + "' object cannot be interpreted as an integer");
    if (!args[0].is_small_intlike() || args[0].as_small() < 0 || args[0].as_small() > 0x10FFFF)
        raise(&ValueError, "chr() arg not in range(0x110000)");
    auto cp = static_cast<std::uint32_t>(args[0].as_small());
    std::string out;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return new_str(std::move(out));
}

// iter(x) over a list, tuple, str, dict or range: a ForIter in an object.
Type list_iterator_type("list_iterator", &object_type, nullptr, true);
Type enumerate_type("enumerate", &object_type, nullptr, true);
Type zip_type("zip", &object_type, nullptr, true);
Type reversed_type("reversed", &object_type, nullptr, true);

struct ForIterObject : Iterator {
    ForIter it;
    ForIterObject(Type* t, const Value& iterable) : Iterator(t), it(iterable) {}
    bool next(Value& out) override { return it.next(out); }
};

struct EnumerateObject : Iterator {
    ForIter it;
    Value count;
    EnumerateObject(const Value& iterable, Value start) : Iterator(&enumerate_type), it(iterable), count(std::move(start)) {}
    bool next(Value& out) override {
        Value item;
        if (!it.next(item)) return false;
        out = make_tuple({count, item});
        count = add({count, Value::integer(1)});
        return true;
    }
};

struct ZipObject : Iterator {
    std::vector<ForIter> its;
    ZipObject() : Iterator(&zip_type) {}
    bool next(Value& out) override {
        if (its.empty()) return false;
        std::vector<Value> items(its.size());
        for (std::size_t i = 0; i < its.size(); ++i)
            if (!its[i].next(items[i])) return false;
        out = Value::object(new Tuple(std::move(items)));
        return true;
    }
};

Value bi_iter(const Value* args, std::size_t n) {
    if (n != 1) raise(&NotImplementedError, "py2cpp: iter() with a sentinel is not supported yet");
    if (args[0].is_obj() && args[0].obj()->type->iterator) return args[0];
    return Value::object(new ForIterObject(&list_iterator_type, args[0]));
}

Value bi_next(const Value* args, std::size_t n) {
    if (n < 1 || n > 2) raise(&TypeError, "next expected at least 1 argument, got " + std::to_string(n));
    if (!(args[0].is_obj() && args[0].obj()->type->iterator))
        raise(&TypeError, std::string("'") + type_name(args[0]) + "' object is not an iterator");
    Value out;
    if (static_cast<Iterator*>(args[0].obj())->next(out)) return out;
    if (n == 2) return args[1];
    raise_value(Value::object(new ExceptionObject(&StopIteration, make_tuple({}))));
}

Value bi_enumerate(const Value* args, std::size_t n) {
    if (n < 1 || n > 2) raise(&TypeError, "enumerate() takes at most 2 arguments (" + std::to_string(n) + " given)");
    Value start = n == 2 ? args[1] : Value::integer(0);
    if (!is_intlike(start))
        raise(&TypeError, std::string("'") + type_name(start) + "' object cannot be interpreted as an integer");
    return Value::object(new EnumerateObject(args[0], start));
}

Value bi_zip(const Value* args, std::size_t n) {
    auto* z = new ZipObject();
    Value result = Value::object(z);
    for (std::size_t i = 0; i < n; ++i) z->its.emplace_back(args[i]);
    return result;
}

Value bi_reversed(const Value* args, std::size_t n) {
    if (n != 1) raise(&TypeError, "reversed expected 1 argument, got " + std::to_string(n));
    const Value& x = args[0];
    if (!(has_type(x, &list_type) || has_type(x, &tuple_type) || has_type(x, &str_type) || has_type(x, &range_type)))
        raise(&TypeError, std::string("'") + type_name(x) + "' object is not reversible");
    // a snapshot, reversed: CPython's reverse iterators are lazy, which only differs if the list changes
    std::vector<Value> items = collect(x);
    std::reverse(items.begin(), items.end());
    return Value::object(new ForIterObject(&reversed_type, Value::object(new List(std::move(items)))));
}

Value bi_sorted(const Value* args, std::size_t n) {
    if (n != 1) raise(&TypeError, "sorted expected 1 argument, got " + std::to_string(n));
    Value result = Value::object(new List(collect(args[0])));
    call_method("sort", {result});
    return result;
}

Value bi_any_all(const Value* args, std::size_t n, bool want, const char* name) {
    if (n != 1) raise(&TypeError, std::string(name) + "() takes exactly one argument (" + std::to_string(n) + " given)");
    ForIter it(args[0]);
    for (Value x; it.next(x);)
        if (truthy(x) == want) return Value::boolean(want);
    return Value::boolean(!want);
}
Value bi_any(const Value* args, std::size_t n) { return bi_any_all(args, n, true, "any"); }
Value bi_all(const Value* args, std::size_t n) { return bi_any_all(args, n, false, "all"); }

Value bi_divmod(const Value* args, std::size_t n) {
    if (n != 2) raise(&TypeError, "divmod expected 2 arguments, got " + std::to_string(n));
    if (is_intlike(args[0]) && is_intlike(args[1]) && args[1].is_small_intlike() && args[1].as_small() == 0)
        raise(&ZeroDivisionError, "integer division or modulo by zero");
    if (is_number(args[0]) && is_number(args[1]) && !(is_intlike(args[0]) && is_intlike(args[1])) &&
        truthy(args[1]) == false)
        raise(&ZeroDivisionError, "float divmod()");
    return make_tuple({floordiv({args[0], args[1]}), mod({args[0], args[1]})});
}

Value bi_format(const Value* args, std::size_t n) {
    if (n < 1 || n > 2) raise(&TypeError, "format expected at most 2 arguments, got " + std::to_string(n));
    if (n == 2 && !is_str(args[1]))
        raise(&TypeError, std::string("format() argument 2 must be str, not ") + type_name(args[1]));
    return format_with_spec(args[0], n == 2 ? args[1] : new_str(""));
}

const std::unordered_map<std::string_view, Value>& builtins_table() {
    static const std::unordered_map<std::string_view, Value> table = [] {
        std::unordered_map<std::string_view, Value> t;
        auto fn = [&](const char* name, BuiltinCode code) { t[name] = Value::object(new BuiltinFunction(name, code)); };
        auto type = [&](Type& ty) { t[ty.name] = Value::object(&ty); };
        fn("print", bi_print);
        fn("len", bi_len);
        fn("repr", bi_repr);
        fn("abs", bi_abs);
        fn("min", bi_min);
        fn("max", bi_max);
        fn("sum", bi_sum);
        fn("isinstance", bi_isinstance);
        fn("ord", bi_ord);
        fn("chr", bi_chr);
        fn("iter", bi_iter);
        fn("next", bi_next);
        fn("enumerate", bi_enumerate);
        fn("zip", bi_zip);
        fn("reversed", bi_reversed);
        fn("sorted", bi_sorted);
        fn("any", bi_any);
        fn("all", bi_all);
        fn("divmod", bi_divmod);
        fn("format", bi_format);
        for (Type* ty : {&int_type, &float_type, &bool_type, &str_type, &list_type, &tuple_type, &dict_type,
                         &range_type, &set_type, &frozenset_type, &bytes_type, &object_type, &BaseException, &Exception, &ArithmeticError,
                         &ZeroDivisionError, &OverflowError, &LookupError, &IndexError, &KeyError, &ValueError,
                         &TypeError, &NameError, &UnboundLocalError, &RuntimeError, &RecursionError,
                         &NotImplementedError, &AssertionError, &StopIteration, &AttributeError, &SystemExit,
                         &KeyboardInterrupt, &UnicodeError, &UnicodeDecodeError, &UnicodeEncodeError})
            type(*ty);
        return t;
    }();
    return table;
}

}  // namespace

Value builtin(std::string_view name) {
    const auto& table = builtins_table();
    auto it = table.find(name);
    return it == table.end() ? Value() : it->second;
}

}  // namespace py
