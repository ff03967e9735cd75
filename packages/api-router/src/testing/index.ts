export { createTestApi, TEST_PASSWORD, TEST_USERS, type TestApi, type TestUserName } from "./harness";
export { refusal } from "./refusal";
export { successorPack, SUCCESSOR_PACK_ID, SUCCESSOR_ROUTES } from "./successor-pack";
