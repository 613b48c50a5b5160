# Cross build for i686 Linux, run under qemu-user (Debian: g++-i686-linux-gnu qemu-user).
# Usage: cmake -DCMAKE_TOOLCHAIN_FILE=tests/cmake/toolchains/i686-linux-gnu.cmake ...; ctest runs the tests
# through CMAKE_CROSSCOMPILING_EMULATOR.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR i686)
set(CMAKE_CXX_COMPILER i686-linux-gnu-g++)
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-i386 -L /usr/i686-linux-gnu)
