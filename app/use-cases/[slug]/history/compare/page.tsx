import { historyRoute } from "@/app/_routes/history-route";

const route = historyRoute("use-case");
export const generateMetadata = route.generateMetadata;
export default route.ComparePage;
