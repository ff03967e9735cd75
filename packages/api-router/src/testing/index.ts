export { createTestApi, TEST_PASSWORD, TEST_USERS, type TestApi, type TestUserName } from "./harness";
export { refusal } from "./refusal";
