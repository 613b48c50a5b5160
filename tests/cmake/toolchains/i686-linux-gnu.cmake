# 32-bit x86 Linux, run under qemu-user (Debian: g++-i686-linux-gnu qemu-user).
# cmake -DCMAKE_TOOLCHAIN_FILE=tests/cmake/toolchains/i686-linux-gnu.cmake ...; ctest runs the tests under qemu-i386.
set(TWEETVIEW_TRIPLE i686-linux-gnu)
set(CMAKE_SYSTEM_PROCESSOR i686)
set(TWEETVIEW_QEMU qemu-i386)
include(${CMAKE_CURRENT_LIST_DIR}/linux-qemu.cmake)
