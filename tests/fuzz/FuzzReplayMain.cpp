// The plain build of a fuzz target: feeds every file of the folders (or files) named on the
// command line to LLVMFuzzerTestOneInput once, in name order, the way libFuzzer does with a corpus
// and -runs=0. CTest runs it over the seed corpus and the fixtures of past findings, so that a
// fixed crash stays fixed in every build, without clang or sanitizers.

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

std::vector<std::filesystem::path> inputsOf(const std::filesystem::path& place)
{
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_directory(place)) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(place))
            if (entry.is_regular_file())
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());
    } else if (std::filesystem::is_regular_file(place)) {
        files.push_back(place);
    }
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s FOLDER_OR_FILE...\n", argv[0]);
        return 2;
    }
    LLVMFuzzerInitialize(&argc, &argv);

    std::size_t replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path place(argv[i]);
        // A fixture folder exists only once a finding has been kept in it.
        if (!std::filesystem::exists(place)) {
            std::printf("%s: not there, skipped\n", argv[i]);
            continue;
        }
        for (const auto& file : inputsOf(place)) {
            // Named before it runs, so that the last line before a crash names the input.
            std::printf("%s\n", file.string().c_str());
            std::fflush(stdout);
            std::ifstream in(file, std::ios::binary);
            const std::vector<char> bytes{std::istreambuf_iterator<char>(in),
                                          std::istreambuf_iterator<char>()};
            // libFuzzer hands over an exact-size buffer, never a null pointer; so do we.
            std::vector<std::uint8_t> input(bytes.begin(), bytes.end());
            input.reserve(1);
            LLVMFuzzerTestOneInput(input.data(), input.size());
            ++replayed;
        }
    }
    std::printf("replayed %zu inputs\n", replayed);
    // Nothing to replay means a wrong path, not a pass.
    return replayed > 0 ? 0 : 1;
}
