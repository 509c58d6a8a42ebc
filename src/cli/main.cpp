#include "cli/commands.hpp"
#include "io/input_files.hpp"
#include "version.hpp"

#include <CLI/CLI.hpp>

#include <exception>
#include <memory>
#include <sstream>
#include <iostream>
#include <vector>

namespace {

// Lists each command by the first line of its description; `COMMAND --help` shows all.
class Formatter : public CLI::Formatter {
public:
    std::string make_subcommand(const CLI::App* sub) const override {
        const std::string description = sub->get_description();
        std::stringstream out;
        CLI::detail::format_help(out, sub->get_display_name(true), description.substr(0, description.find('\n')),
                                 get_column_width());
        return out.str();
    }
};

}  // namespace

int main(int argc, char** argv) {
    using namespace pledgetrack::cli;
    CLI::App app{"pledgetrack: track what China and Viet Nam pledge at their meetings.\n"
                 "Validate pledge XML files and build Excel reports of recurring commitments."};
    app.name("pledgetrack");
    app.set_version_flag("--version", std::string("pledgetrack ") + pledgetrack::version);
    app.require_subcommand(1);
    app.formatter(std::make_shared<Formatter>());
    app.footer("\nRun 'pledgetrack COMMAND --help' for a command's options.\n"
               "Exit status: 0 success, 1 invalid input, 2 usage or I/O error.");

    const std::vector<Command> commands{add_validate_command(app), add_report_command(app), add_regen_command(app),
                                       add_schedule_command(app), add_extract_command(app)};

    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        app.exit(e);
        return exit_usage;
    }

    try {
        for (const Command& command : commands)
            if (command.parser->parsed()) return command.run();
    } catch (const std::exception& e) {
        std::cerr << "pledgetrack: " << e.what() << '\n';
        return exit_usage;
    }
    return exit_usage;
}
