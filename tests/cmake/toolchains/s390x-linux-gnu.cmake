# s390x Linux (big-endian), run under qemu-user (Debian: g++-s390x-linux-gnu qemu-user).
# cmake -DCMAKE_TOOLCHAIN_FILE=tests/cmake/toolchains/s390x-linux-gnu.cmake ...; ctest runs the tests under qemu-s390x.
set(TWEETVIEW_TRIPLE s390x-linux-gnu)
set(CMAKE_SYSTEM_PROCESSOR s390x)
set(TWEETVIEW_QEMU qemu-s390x)
include(${CMAKE_CURRENT_LIST_DIR}/linux-qemu.cmake)
