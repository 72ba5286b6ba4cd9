// Runtime — sys.version_info, sys.version and sys.hexversion: the version of the python3 the runtime was
// built with (python_version.h), which is the CPython compiled programs are compared with.
#include <string>

#include "internal.h"
#include "python_version.h"

namespace py {

namespace {

Type version_info_type("sys.version_info", &object_type, nullptr, false, true);

// sys.version_info: CPython's struct sequence, a tuple (major, minor, micro, releaselevel, serial) whose
// items are also attributes. It compares, indexes, slices, iterates and hashes as that tuple.
struct VersionInfo : NativeObject {
    static constexpr const char* kFields[] = {"major", "minor", "micro", "releaselevel", "serial"};
    Value items;
    VersionInfo() : NativeObject(&version_info_type) {
        const PythonVersion& v = kPythonVersion;
        items = make_tuple({Value::integer(v.major), Value::integer(v.minor), Value::integer(v.micro),
                            new_str(v.releaselevel), Value::integer(v.serial)});
    }
    Value as_tuple() override { return items; }
    Value getitem(const Value& key) override { return py::getitem({items, key}); }  // a slice is a plain tuple
    Value attribute(std::string_view name) override {
        auto fields = as<Tuple>(items).items();
        for (std::size_t i = 0; i < std::size(kFields); ++i)
            if (name == kFields[i]) return fields[i];
        if (name == "n_fields" || name == "n_sequence_fields") return Value::integer(std::size(kFields));
        if (name == "n_unnamed_fields") return Value::integer(0);
        return Value();
    }
    bool repr(std::string& out) override {
        out += "sys.version_info(";
        auto fields = as<Tuple>(items).items();
        for (std::size_t i = 0; i < std::size(kFields); ++i)
            out += std::string(i == 0 ? "" : ", ") + kFields[i] + "=" + py::repr(fields[i]);
        out += ")";
        return true;
    }
};

}  // namespace

Value sys_version_info() { return Value::object(new VersionInfo()); }

Value sys_version() { return new_str(kPythonVersion.text); }

// PY_VERSION_HEX: one byte each for major, minor and micro, then the release level and serial a nibble each.
Value sys_hexversion() {
    const PythonVersion& v = kPythonVersion;
    std::string level = v.releaselevel;
    std::int64_t code = level == "alpha" ? 0xA : level == "beta" ? 0xB : level == "candidate" ? 0xC : 0xF;
    return Value::integer(v.major << 24 | v.minor << 16 | v.micro << 8 | code << 4 | v.serial);
}

}  // namespace py
