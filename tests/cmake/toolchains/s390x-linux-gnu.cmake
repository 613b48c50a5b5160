# Cross build for s390x Linux, run under qemu-user (Debian: g++-s390x-linux-gnu qemu-user).
# Usage: cmake -DCMAKE_TOOLCHAIN_FILE=tests/cmake/toolchains/s390x-linux-gnu.cmake ...; ctest runs the tests
# through CMAKE_CROSSCOMPILING_EMULATOR.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR s390x)
set(CMAKE_CXX_COMPILER s390x-linux-gnu-g++)
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-s390x -L /usr/s390x-linux-gnu)
