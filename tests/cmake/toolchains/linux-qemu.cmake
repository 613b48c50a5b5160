# Shared part of the Linux cross toolchains here: Debian's cross g++ for TWEETVIEW_TRIPLE, and the
# tests run under qemu-user (TWEETVIEW_QEMU) with the target's libraries from /usr/TRIPLE.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_CXX_COMPILER ${TWEETVIEW_TRIPLE}-g++)
set(CMAKE_CROSSCOMPILING_EMULATOR ${TWEETVIEW_QEMU} -L /usr/${TWEETVIEW_TRIPLE})
