# Cross build for 64-bit Windows with MinGW-w64 (posix threads), run under wine
# (Debian: g++-mingw-w64-x86-64-posix wine wine64). ctest runs the tests through CMAKE_CROSSCOMPILING_EMULATOR;
# tests/run-all.sh gives wine a prefix of its own and keeps its server up for the stage.
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR AMD64)
set(CMAKE_CXX_COMPILER x86_64-w64-mingw32-g++-posix)
set(CMAKE_RC_COMPILER x86_64-w64-mingw32-windres)
# The MinGW runtime DLLs are linked in, so wine needs no DLL path.
set(CMAKE_EXE_LINKER_FLAGS_INIT "-static")
set(CMAKE_CROSSCOMPILING_EMULATOR wine)
