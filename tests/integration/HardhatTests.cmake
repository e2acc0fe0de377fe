# The Hardhat harness: tests/support/HardhatNode runs a real local EVM node (Hardhat, pinned in
# tests/package-lock.json; install with `npm ci` in tests/) for integration tests, and tst_hardhatnode tests it.
# Included at the end of tests/integration/CMakeLists.txt.

# testsupport compiles HardhatNode: hardhatsupport only names it, for the tests that run a node.
add_library(hardhatsupport INTERFACE)
target_link_libraries(hardhatsupport INTERFACE testsupport Qt6::Network)

cc_add_test(NAME tst_hardhatnode SOURCES tst_hardhatnode.cpp LIBS hardhatsupport LABEL integration TIMEOUT 180)
# Outside CTest (no CRYPTOCHECKOUT_SOURCE_DIR), the test still finds tests/node_modules.
target_compile_definitions(tst_hardhatnode PRIVATE CRYPTOCHECKOUT_TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
