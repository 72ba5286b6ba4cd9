// CLI — the pipeline driver: every phase reports into one Diagnostics list and the first error stops it.
#include "cli/translate.h"

#include <exception>
#include <iostream>

#include "cli/exit_codes.h"
#include "frontend/diagnostics.h"
#include "frontend/parser.h"
#include "frontend/resolver.h"
#include "frontend/source.h"
#include "lowering/library_header.h"
#include "lowering/lower.h"

namespace py2cpp {

namespace {

// The lowering refuses what it cannot translate yet with an ordinary error whose message says so; that is a
// limitation of py2cpp, not a mistake in the user's program, hence its own exit status.
bool reports_unsupported(const Diagnostics& diags) {
    for (const auto& d : diags.all())
        if (d.severity == Severity::Error && d.message.starts_with("unsupported:")) return true;
    return false;
}

}  // namespace

TranslateStatus translate_file(const TranslateRequest& request, std::string& cpp_out) {
    SourceFile source;
    Diagnostics diags;
    if (!source.load(request.path, diags)) {
        diags.print(std::cerr, source);
        return TranslateStatus::Rejected;
    }
    auto parsed = parse_module(source, diags);
    if (!parsed) {
        diags.print(std::cerr, source);
        return TranslateStatus::Rejected;
    }
    auto resolved = resolve(parsed->module, source, diags);
    if (!resolved) {
        diags.print(std::cerr, source);
        return TranslateStatus::Rejected;
    }

    LoweringOptions options;
    options.line_directives = request.line_directives;
    options.source_path = request.path;
    options.module_name = request.module_name;
    options.is_package = request.is_package;
    options.module_file = request.module_file;
    options.program_modules = request.program_modules;
    bool lowered = false;
    try {
        lowered = lower_module(parsed->module, *resolved, source, options, cpp_out, diags);
    } catch (const CompileError&) {
        lowered = false;  // the error has been reported already
    } catch (const std::exception& e) {
        diags.print(std::cerr, source);
        std::cerr << "py2cpp: internal error: the lowering failed: " << e.what() << '\n';
        return TranslateStatus::Internal;
    }
    diags.print(std::cerr, source);
    if (lowered && !diags.has_errors()) return TranslateStatus::Ok;
    if (reports_unsupported(diags)) return TranslateStatus::Unsupported;
    if (diags.has_errors()) return TranslateStatus::Rejected;
    std::cerr << "py2cpp: internal error: the lowering failed without a diagnostic\n";
    return TranslateStatus::Internal;
}

TranslateStatus translate_program(const Program& program, bool line_directives, std::vector<std::string>& cpp_out) {
    cpp_out.clear();
    std::vector<std::string> names = program.module_names();
    for (const ProgramModule& m : program.modules) {
        TranslateRequest request{m.path, line_directives, m.name, m.package, m.file, names};
        std::string cpp;
        TranslateStatus status = translate_file(request, cpp);
        if (status != TranslateStatus::Ok) return status;
        cpp_out.push_back(std::move(cpp));
    }
    return TranslateStatus::Ok;
}

bool library_header_of(const ProgramModule& module, std::string& header) {
    SourceFile source;
    Diagnostics diags;
    auto parsed = source.load(module.path, diags) ? parse_module(source, diags) : nullptr;
    if (!parsed) {
        diags.print(std::cerr, source);
        return false;
    }
    header = library_header(parsed->module, module.name, module.path);
    return true;
}

int exit_status_of(TranslateStatus status) {
    switch (status) {
        case TranslateStatus::Ok: return exit_code::kOk;
        case TranslateStatus::Rejected: return exit_code::kRejected;
        case TranslateStatus::Unsupported: return exit_code::kUnsupported;
        case TranslateStatus::Internal: return exit_code::kInternal;
    }
    return exit_code::kInternal;
}

}  // namespace py2cpp
