// Runtime — the string module: the character classes as str constants, and capwords.
#include <string>
#include <vector>

#include "internal.h"

namespace py {

Value make_string() {
    Value module = Value::object(new Module("string"));
    const char* lower = "abcdefghijklmnopqrstuvwxyz";
    const char* upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const char* digits = "0123456789";
    const char* punctuation = R"(!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~)";
    const char* whitespace = " \t\n\r\x0b\x0c";
    module_attribute(module, "ascii_lowercase", new_str(lower));
    module_attribute(module, "ascii_uppercase", new_str(upper));
    module_attribute(module, "ascii_letters", new_str(std::string(lower) + upper));
    module_attribute(module, "digits", new_str(digits));
    module_attribute(module, "hexdigits", new_str("0123456789abcdefABCDEF"));
    module_attribute(module, "octdigits", new_str("01234567"));
    module_attribute(module, "punctuation", new_str(punctuation));
    module_attribute(module, "whitespace", new_str(whitespace));
    module_attribute(module, "printable", new_str(std::string(digits) + lower + upper + punctuation + whitespace));
    module_function(module, "capwords", [](const Value* args, std::size_t n) -> Value {
        // capwords(s, sep=None): sep.join(w.capitalize() for w in s.split(sep))
        if (n < 1 || n > 2) raise(&TypeError, "capwords() takes from 1 to 2 positional arguments but " + std::to_string(n) + " were given");
        Value sep = n == 2 ? args[1] : Value::none();
        Value words = call_method_n("split", std::vector<Value>{args[0], sep}.data(), 2);
        std::vector<Value> capitalized;
        for (const Value& w : as<List>(words).items) capitalized.push_back(call_method_n("capitalize", &w, 1));
        Value joiner = sep.is_none() ? new_str(" ") : sep;
        Value list = Value::object(new List(std::move(capitalized)));
        Value parts[2] = {joiner, list};
        return call_method_n("join", parts, 2);
    });
    return module;
}

}  // namespace py
