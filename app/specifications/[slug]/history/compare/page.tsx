import { historyRoute } from "@/app/_routes/history-route";

const route = historyRoute("specification");
export const generateMetadata = route.generateMetadata;
export default route.ComparePage;
