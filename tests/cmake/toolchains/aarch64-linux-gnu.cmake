# aarch64 Linux (NEON), run under qemu-user (Debian: g++-aarch64-linux-gnu qemu-user).
# cmake -DCMAKE_TOOLCHAIN_FILE=tests/cmake/toolchains/aarch64-linux-gnu.cmake ...; ctest runs the tests under qemu-aarch64.
set(TWEETVIEW_TRIPLE aarch64-linux-gnu)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(TWEETVIEW_QEMU qemu-aarch64)
include(${CMAKE_CURRENT_LIST_DIR}/linux-qemu.cmake)
