# Cross build for aarch64 Linux, run under qemu-user (Debian: g++-aarch64-linux-gnu qemu-user).
# Usage: cmake -DCMAKE_TOOLCHAIN_FILE=tests/cmake/toolchains/aarch64-linux-gnu.cmake ...; ctest runs the tests
# through CMAKE_CROSSCOMPILING_EMULATOR.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64 -L /usr/aarch64-linux-gnu)
